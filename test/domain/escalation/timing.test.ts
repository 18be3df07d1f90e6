import { describe, expect, it } from "vitest";
import {
  advanceEscalations,
  EMPTY_ESCALATIONS,
  parseEscalationState,
  serializeEscalationState,
  type EscalationState,
} from "../../../src/domain/escalation";
import type { PlanInputs } from "../../../src/domain/schema/plan-inputs";
import { cause, LADDER } from "./support";

const START = Date.parse("2026-11-10T09:00:00.000Z");
const HOUR = 3_600_000;

/** Validation runs at the given times (hours after START), each seeing the cause; the state goes through storage each time. */
function runsAt(hours: number[], plan: Partial<PlanInputs> = LADDER, sees: (run: number) => boolean = () => true) {
  let state: EscalationState = EMPTY_ESCALATIONS;
  return hours.map((h, run) => {
    const outcome = advanceEscalations({
      previous: state,
      causes: sees(run) ? [cause()] : [],
      plan,
      governance: [],
      now: new Date(START + h * HOUR).toISOString(),
      user: "ana@example.com",
    });
    state = parseEscalationState(serializeEscalationState(outcome.state, 300 * 1024).text);
    return outcome;
  });
}

const rungs = (outcomes: ReturnType<typeof runsAt>) => outcomes.map((o) => o.report.find((e) => e.status === "open")?.rung ?? 0);

describe("'occurs twice' is about time, not clicks (DESIGN section 4)", () => {
  it("two validations 20 ms apart neither open nor climb anything", () => {
    const outcomes = runsAt([0, 20 / HOUR, 40 / HOUR]);
    expect(rungs(outcomes)).toEqual([0, 0, 0]);
    expect(outcomes.flatMap((o) => o.entries)).toEqual([]);
  });

  it("a blocker still seen a full Escalation interval after it was first seen opens at rung 1, and says how long it lasted", () => {
    const outcomes = runsAt([0, 23.9, 24]);
    expect(rungs(outcomes)).toEqual([0, 0, 1]);
    expect(outcomes[2].entries[0].newValue).toMatch(/Still there 24 hours after it was first seen\.$/);
  });

  it("climbs one rung per interval it persists, however often validation runs in between", () => {
    const hours = [0, 1, 24, 25, 30, 47.9, 48, 49, 72, 200];
    expect(rungs(runsAt(hours))).toEqual([0, 0, 1, 1, 1, 1, 2, 2, 3, 3]);
  });

  it("a long gap between runs moves it one rung, so each rung's person hears of it before the next", () => {
    expect(rungs(runsAt([0, 24, 500]))).toEqual([0, 1, 2]);
  });

  it("follows the Plan's Escalation interval", () => {
    const plan = { ...LADDER, escalationInterval: 4 };
    expect(rungs(runsAt([0, 3, 4, 7, 8, 12], plan))).toEqual([0, 0, 1, 1, 2, 3]);
  });

  it("a blocker fixed and back minutes later escalates at once", () => {
    const outcomes = runsAt([0, 0.1, 0.2], LADDER, (run) => run !== 1);
    expect(rungs(outcomes)).toEqual([0, 0, 1]);
  });

  it("stored state from before the timed ladder still reads, every escalation from its last update", () => {
    const v2 = JSON.stringify({
      v: 2,
      t: ["4 Activation", "Consent purpose", "ana@example.com", "2026-11-10T09:00:00.000Z"],
      e: [["CONSENT_MISSING:a → email:x", 0, 1, 2, 3, 0, 1, 2, 0, 3, 3, -1, null, "r"]],
      p: [["CONSENT_MISSING:b → web:y", 3]],
    });
    const state = parseEscalationState(v2);
    expect(state.escalations[0]).toMatchObject({ rung: 1, climbedAt: "2026-11-10T09:00:00.000Z", told: [], coveredBy: null });
    expect(state.pending).toEqual([{ id: "CONSENT_MISSING:b → web:y", seenAt: "2026-11-10T09:00:00.000Z", goneAt: null }]);
  });
});

describe("fallback agents cover an empty rung before the item's Fallback owner", () => {
  it("the Customer Data Engineer covers an empty Personalization Architect", () => {
    const plan = { ...LADDER, architect: null, customerDataEngineer: "dee@example.com" };
    const [, opened] = runsAt([0, 24], plan);
    expect(opened.report[0]).toMatchObject({ owner: "dee@example.com", coveredBy: "Customer Data Engineer", ownerIsFallback: false });
    expect(opened.entries[0].newValue).toMatch(
      /^Escalated to rung 1, Personalization Architect \(dee@example\.com, Customer Data Engineer covering\)/,
    );
  });

  it("the Exec sponsor covers an empty Data Privacy Lead, and the cover survives storage", () => {
    const plan = { ...LADDER, privacyLead: null };
    const outcomes = runsAt([0, 24, 48, 49], plan);
    expect(outcomes[3].report[0]).toMatchObject({ rung: 2, owner: "sam@example.com", coveredBy: "Exec sponsor" });
  });
});
