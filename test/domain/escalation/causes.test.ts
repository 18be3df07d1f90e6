import { describe, expect, it } from "vitest";
import {
  advanceEscalations,
  escalationCauses,
  parseEscalationState,
  RESOLVED_KEPT,
  serializeEscalationState,
} from "../../../src/domain/escalation";
import { utf8Length } from "../../../src/domain/storage/utf8";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw } from "../../fixtures/example-workbook";
import { cause, coverage, LADDER, runs } from "./support";

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
  const store = (state: Parameters<typeof serializeEscalationState>[0], budget: number) => serializeEscalationState(state, budget);

  it("keeps hundreds of open escalations, clipping long reasons, and round-trips", () => {
    const outcome = runs(1, () => Array.from({ length: 400 }, (_, i) => ({ ...coverage(`attr_${i}`), reason: "x".repeat(1500) })))[0];
    const { text, tracking } = store(outcome.state, 300 * 1024);
    const back = parseEscalationState(text);
    expect(back.escalations).toHaveLength(400);
    expect(back.escalations[0].reason.length).toBeLessThanOrEqual(280);
    expect(utf8Length(text)).toBeLessThan(300 * 1024);
    expect(tracking).toMatchObject({ tracked: 400, untracked: 0 });
  });

  it("reads back exactly what it stored, but for clipped reasons", () => {
    const outcome = runs(3, (run) => (run < 3 ? [cause(), coverage("seats_used")] : [cause()])).at(-1)!;
    const back = parseEscalationState(store(outcome.state, 300 * 1024).text);
    expect(back).toEqual(outcome.state);
  });

  it("drops the oldest resolved history first when over budget, never an open escalation", () => {
    const many = (run: number) =>
      run === 1 ? Array.from({ length: RESOLVED_KEPT + 50 }, (_, i) => coverage(`old_${i}`)) : [coverage("still_open")];
    const outcome = runs(2, many).at(-1)!;
    const kept = parseEscalationState(store(outcome.state, 4 * 1024).text).escalations;
    expect(kept.filter((e) => e.status === "open").map((e) => e.item)).toEqual(["still_open"]);
    expect(kept.filter((e) => e.status === "resolved").length).toBeLessThan(RESOLVED_KEPT);
    expect(parseEscalationState(store(outcome.state, 1024 * 1024).text).escalations).toHaveLength(RESOLVED_KEPT + 1);
  });

  it("keeps 2,000 open escalations in the budget, every one advancing", () => {
    let outcome = runs(1, () => Array.from({ length: 2000 }, (_, i) => coverage(`attribute_number_${i}`)))[0];
    for (const rung of [2, 3]) {
      const { text, tracking } = store(outcome.state, 300 * 1024);
      expect(tracking).toMatchObject({ tracked: 2000, untracked: 0 });
      outcome = advanceEscalations({
        previous: parseEscalationState(text),
        causes: Array.from({ length: 2000 }, (_, i) => coverage(`attribute_number_${i}`)),
        plan: LADDER,
        governance: [],
        now: `2026-11-2${rung}T09:00:00.000Z`,
        user: "ana@example.com",
      });
      expect(outcome.report.filter((e) => e.rung === rung)).toHaveLength(2000);
    }
  });

  it("beyond the budget, keeps the highest rungs and says how many it could not keep", () => {
    const outcome = runs(2, (run) => Array.from({ length: run === 1 ? 100 : 3000 }, (_, i) => coverage(`attr_${i}`))).at(-1)!;
    const { text, tracking } = store(outcome.state, 40 * 1024);
    expect(utf8Length(text)).toBeLessThanOrEqual(40 * 1024);
    const kept = parseEscalationState(text).escalations;
    expect(kept.slice(0, 100).every((e) => e.rung === 2)).toBe(true);
    expect(tracking.tracked).toBe(kept.length);
    expect(tracking.tracked + tracking.untracked).toBe(3000);
    expect(tracking.untracked).toBeGreaterThan(0);
  });

  it("reads the state an earlier version stored, with nobody owed a skipped rung's email", () => {
    const outcome = runs(2, () => [cause(), coverage("seats_used")]).at(-1)!;
    const stored = JSON.parse(store(outcome.state, 300 * 1024).text);
    const version3 = { ...stored, v: 3, e: stored.e.map((record: unknown[]) => record.slice(0, -1)) };
    const back = parseEscalationState(JSON.stringify(version3));
    expect(back).toEqual({ ...outcome.state, escalations: outcome.state.escalations.map((e) => ({ ...e, owed: [] })) });
    expect(outcome.state.escalations.some((e) => e.owed.length > 0)).toBe(true);
  });

  it("reads damaged or missing state as empty rather than failing validation", () => {
    expect(parseEscalationState(null)).toEqual({ escalations: [], pending: [] });
    expect(parseEscalationState("{not json")).toEqual({ escalations: [], pending: [] });
    expect(parseEscalationState('{"v":2,"t":[],"e":[["x"]],"p":[]}')).toEqual({ escalations: [], pending: [] });
  });
});
