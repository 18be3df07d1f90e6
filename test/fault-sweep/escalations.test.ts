import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../src/domain/api/contract";
import { changeLog } from "../support/edits";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";
import { loadAddOn } from "../support/bundle";

/** A consent blocker seen once and an attribute below its coverage SLA at rung 1: the next run opens one and moves the other. */
function start() {
  const addOn = planWith((e) => {
    e.sheets["2 Attributes"][1]["Consent purposes"] = "personalization";
    e.sheets["2 Attributes"][3]["Coverage %"] = 80;
  });
  addOn.run("validatePlan");
  addOn.emulator.clock.advance(60_000);
  return addOn.emulator.saveState();
}

/** A sweep loads the add-on hundreds of times: its own budget, so a busy machine does not fail it. */
const SWEEP_BUDGET_MS = 90_000;

describe("an escalation run under faults (DESIGN section 9)", () => {
  it(
    "the escalation state and its Change log rows move together, once",
    () => {
      const state = start();
      const clean = loadAddOn({ state: structuredClone(state) });
      const before = changeLog(clean).length;
      const report = clean.run<ValidationReport>("validatePlan");
      expect(report.escalations.map((e) => [e.code, e.rung])).toEqual([
        ["COVERAGE_SLA", 2],
        ["CONSENT_MISSING", 1],
      ]);
      expect(
        changeLog(clean)
          .slice(before)
          .filter((row) => row.Source === "escalation"),
      ).toHaveLength(2);

      const result = faultSweep({
        operation: "Escalation run (Validate)",
        start: state,
        run: (addOn) => {
          addOn.run("validatePlan");
          return undefined;
        },
        // Three tries and the two pauses between them: the call fails through all its retries.
        burst: 5,
        maxRuns: 30,
      });
      expect(result.problems).toEqual([]);
      expect(result.outcomes.filter((o) => !o.burst).every((o) => o.outcome === "done")).toBe(true);
      expect(result.outcomes.some((o) => o.outcome === "refused")).toBe(true);
    },
    SWEEP_BUDGET_MS,
  );
});
