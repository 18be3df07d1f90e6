import { describe, expect, it } from "vitest";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";

/** Reminders on, a review overdue and an escalation open: the weekly run rewrites the Plan's Reminders line. */
function start() {
  const addOn = planWith((e) => {
    e.sheets["5 Governance"][0]["Next review"] = "2020-01-15";
    e.sheets["2 Attributes"][3]["Coverage %"] = 80;
  });
  addOn.run("validatePlan");
  addOn.run("setReminders", { enabled: true });
  return addOn.emulator.saveState();
}

/** A sweep loads the add-on hundreds of times: its own budget, so a busy machine does not fail it. */
const SWEEP_BUDGET_MS = 90_000;

describe("the weekly reminders run under faults (DESIGN section 9)", () => {
  it(
    "writes the Plan's Reminders line and its own state both or neither",
    () => {
      const result = faultSweep({
        operation: "Reminders",
        start: start(),
        run: (addOn) => {
          addOn.run("runGovernanceReminders");
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
