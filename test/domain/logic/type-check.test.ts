import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExpression, compileExpression, evaluate, type Node, parseExpression, referencedAttributes } from "../../../src/domain/logic";
import { and, arith, attr, call, cmp, contains, duration, inList, isNull, lit, neg, not, or } from "./arbitrary";
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

  it("returns the attributes a walk of the tree finds, in its order, however wrongly typed the tree", () => {
    // The checker collects references as it goes; any subtree it skipped would lose one from Where used and the SQL.
    const leaf = fc.oneof(
      fc.constantFrom("plan", "seats_used", "country", "features_used", "signup_date", "nope").map(attr),
      fc.constantFrom(lit(1), lit("x"), lit(null), lit(true), duration(3, "d")),
    );
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", maxDepth: 5 },
        leaf,
        fc.tuple(fc.constantFrom("=" as const, "<" as const), tie("node"), tie("node")).map(([op, l, r]) => cmp(op, l, r)),
        fc.tuple(tie("node"), tie("node")).map(([l, r]) => arith("+", l, r)),
        fc.tuple(tie("node"), tie("node")).map(([l, r]) => and(l, r)),
        fc.tuple(tie("node"), tie("node")).map(([l, r]) => or(l, r)),
        fc.tuple(tie("node"), tie("node")).map(([l, r]) => contains(l, r)),
        fc.tuple(tie("node"), tie("node")).map(([l, r]) => call("coalesce", l, r)),
        tie("node").map(not),
        tie("node").map(neg),
        tie("node").map((n) => isNull(n)),
        tie("node").map((n) => inList(n, ["free", null])),
        fc.tuple(fc.constantFrom("days_since" as const, "lower" as const, "len" as const), tie("node")).map(([f, n]) => call(f, n)),
      ),
    }));
    fc.assert(
      fc.property(node, (ast) => {
        expect(checkExpression(ast, SAMPLE_ATTRIBUTES, "boolean").references).toEqual(referencedAttributes(ast));
      }),
      { numRuns: 500 },
    );
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
