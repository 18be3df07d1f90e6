import { describe, expect, it } from "vitest";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";
import { sheetValues } from "../support/bundle";

/** Reminders on, a review overdue and an escalation open: the weekly run emails the owner and rewrites the Plan's Reminders line. */
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
    "writes the Plan's Reminders line and its own state both or neither; an email that did not go is said there and sent by the next run",
    () => {
      const result = faultSweep({
        operation: "Reminders",
        start: start(),
        run: (addOn) => {
          addOn.run("runGovernanceReminders");
          // The run is over: reading its line is the test's, not a call to fail.
          addOn.emulator.faults.clear();
          const line = sheetValues(addOn, "Plan").find(([field]) => field === "Reminders")?.[1];
          const unsent = String(line ?? "")
            .split("\n")
            .find((text) => text.startsWith("Not emailed"));
          return unsent ? { refused: unsent } : undefined;
        },
        next: { run: (addOn) => void addOn.run("runGovernanceReminders") },
        // Three tries and the two pauses between them: the call fails through all its retries.
        maxRuns: 24,
      });
      expect(result.problems).toEqual([]);
      expect(result.outcomes.filter((o) => !o.burst).every((o) => o.outcome === "done")).toBe(true);
      expect(result.outcomes.some((o) => o.outcome === "refused")).toBe(true);
    },
    SWEEP_BUDGET_MS,
  );
});
