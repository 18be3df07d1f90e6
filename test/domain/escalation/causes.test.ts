import { describe, expect, it } from "vitest";
import { escalationCauses, parseEscalationState, serializeEscalationState, RESOLVED_KEPT } from "../../../src/domain/escalation";
import { utf8Bytes } from "../../../src/domain/storage/chunk-text";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw } from "../../fixtures/example-workbook";
import { runs, coverage } from "./support";

describe("escalation causes from a validation run", () => {
  it("names a consent blocker by activation and attribute, stable whatever row it sits on", () => {
    const example = exampleWorkbook();
    example.sheets["2 Attributes"][1]["Consent purposes"] = "personalization";
    const causes = escalationCauses(validateWorkbook(toRaw(example)));
    expect(causes).toEqual([
      expect.objectContaining({
        id: "CONSENT_MISSING:new-free-users → email:signup_date",
        item: "new-free-users → email (signup_date)",
        sheet: "4 Activation",
        row: 3,
        opensAtOnce: false,
      }),
    ]);
    example.sheets["4 Activation"].unshift({ ...example.sheets["4 Activation"][2] });
    expect(escalationCauses(validateWorkbook(toRaw(example)))[0]).toMatchObject({ id: causes[0].id, row: 4 });
  });

  it("names a missed coverage SLA by attribute, escalating at once", () => {
    const example = exampleWorkbook();
    example.sheets["2 Attributes"][3]["Coverage %"] = 80;
    expect(escalationCauses(validateWorkbook(toRaw(example)))).toEqual([
      expect.objectContaining({
        id: "COVERAGE_SLA:seats_used",
        item: "seats_used",
        sheet: "2 Attributes",
        row: 5,
        column: "Coverage %",
        opensAtOnce: true,
      }),
    ]);
  });

  it("ignores findings that never escalate", () => {
    const example = exampleWorkbook();
    example.sheets["4 Activation"][0]["Fallback state"] = "";
    expect(escalationCauses(validateWorkbook(toRaw(example)))).toEqual([]);
  });
});

describe("escalation state between runs", () => {
  it("keeps hundreds of open escalations, clipping long reasons, and round-trips", () => {
    const outcome = runs(1, () => Array.from({ length: 400 }, (_, i) => ({ ...coverage(`attr_${i}`), reason: "x".repeat(1500) })))[0];
    const text = serializeEscalationState(outcome.state, 300 * 1024);
    const back = parseEscalationState(text);
    expect(back.escalations).toHaveLength(400);
    expect(back.escalations[0].reason.length).toBeLessThanOrEqual(280);
    expect(utf8Bytes(text)).toBeLessThan(300 * 1024);
  });

  it("drops the oldest resolved history first when over budget, never an open escalation", () => {
    const many = (run: number) =>
      run === 1 ? Array.from({ length: RESOLVED_KEPT + 50 }, (_, i) => coverage(`old_${i}`)) : [coverage("still_open")];
    const outcome = runs(2, many).at(-1)!;
    const kept = parseEscalationState(serializeEscalationState(outcome.state, 40 * 1024)).escalations;
    expect(kept.filter((e) => e.status === "open").map((e) => e.item)).toEqual(["still_open"]);
    expect(kept.filter((e) => e.status === "resolved").length).toBeLessThan(RESOLVED_KEPT);
    expect(parseEscalationState(serializeEscalationState(outcome.state, 1024 * 1024)).escalations).toHaveLength(RESOLVED_KEPT + 1);
  });

  it("with thousands open, keeps the highest rungs within the budget rather than failing", () => {
    const outcome = runs(2, (run) => Array.from({ length: run === 1 ? 100 : 3000 }, (_, i) => coverage(`attr_${i}`))).at(-1)!;
    const text = serializeEscalationState(outcome.state, 300 * 1024);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(300 * 1024);
    const kept = parseEscalationState(text).escalations;
    expect(kept.length).toBeGreaterThan(500);
    expect(kept.slice(0, 100).every((e) => e.rung === 2)).toBe(true);
  });

  it("reads damaged or missing state as empty rather than failing validation", () => {
    expect(parseEscalationState(null)).toEqual({ escalations: [], pending: [] });
    expect(parseEscalationState("{not json")).toEqual({ escalations: [], pending: [] });
  });
});
