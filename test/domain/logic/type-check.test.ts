import { describe, expect, it } from "vitest";
import { checkExpression, compileExpression, evaluate, parseExpression } from "../../../src/domain/logic";
import { attr, cmp, lit } from "./arbitrary";
import { NOW, SAMPLE_ATTRIBUTES, alice } from "./sample";

function check(text: string, expected: "boolean" | "number" = "boolean") {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return checkExpression(parsed.ast, SAMPLE_ATTRIBUTES, expected, text);
}

describe("checkExpression", () => {
  it("reports every problem, each at its own position", () => {
    const result = check('plan = "gold" and signup_dat > 3 and country + 1 > 2');
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.kind, e.index])).toEqual([
      ["enum_value", 7],
      ["unknown_attribute", 18],
      ["type", 37],
    ]);
  });

  it("does not cascade from an unknown attribute", () => {
    const result = check('mrr_total * 2 > 10 and lower(contry) = "de"');
    expect(result.errors.map((e) => e.kind)).toEqual(["unknown_attribute", "unknown_attribute"]);
    expect(result.errors[1].suggestion).toBe("country");
  });

  it("returns the referenced attributes, known or not", () => {
    expect(check("seats_used > 1 and nope is null or seats_used < 9").references).toEqual(["seats_used", "nope"]);
  });

  it("returns the expression's type", () => {
    expect(check("days_since(signup_date)", "number")).toMatchObject({ ok: true, type: "integer" });
    expect(check("mrr / 2", "number")).toMatchObject({ ok: true, type: "number" });
    expect(check("onboarding_done or null")).toMatchObject({ ok: true, type: "boolean" });
  });

  it("draws no caret for a hand-built tree unless given the text", () => {
    const ast = cmp("=", attr("plan"), lit("gold"));
    expect(checkExpression(ast, SAMPLE_ATTRIBUTES, "boolean").errors[0]).toMatchObject({ kind: "enum_value", caret: "" });
    expect(checkExpression(ast, SAMPLE_ATTRIBUTES, "boolean", 'plan = "gold"').errors[0].caret).toBe('plan = "gold"\n^');
  });

  it("allows ISO text only where a date is expected", () => {
    expect(check('signup_date in ["2025-06-01", "2025-06-05"]').ok).toBe(true);
    expect(check('last_seen_at < "2025-06-01T08:00:00+02:00"').ok).toBe(true);
    expect(check('country = "2025-06-01"').ok).toBe(true); // just a string here
    expect(check("coalesce(signup_date, last_seen_at) < last_seen_at").ok).toBe(true);
    // out of a comparison, ISO text would stay text at run time, so coalesce refuses it
    expect(check('coalesce(signup_date, "2025-06-01") < last_seen_at').errors[0].message).toContain("coalesce cannot mix a date");
  });
});

describe("ill-typed trees still evaluate", () => {
  it("gives null where the types clash instead of throwing", () => {
    for (const text of ["country + 1", 'seats_used contains "x"', "14d", "not country", "[1]", "seats_used < 3d"]) {
      const parsed = parseExpression(text);
      if (!parsed.ok) throw new Error(text);
      expect(evaluate(parsed.ast, alice, NOW)).toBeNull();
      expect(compileExpression(parsed.ast)(alice, NOW)).toBeNull();
    }
  });
});
