import { describe, expect, it } from "vitest";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";

/** A plan with two mistakes Validate has not marked yet: a misspelt type and an activation without a fallback. */
function start() {
  const addOn = planWith((e) => {
    e.sheets["2 Attributes"][3].Type = "numbr";
    e.sheets["4 Activation"][0]["Fallback state"] = "";
  });
  addOn.emulator.clock.advance(60_000);
  return addOn.emulator.saveState();
}

/** A sweep loads the add-on hundreds of times: its own budget, so a busy machine does not fail it. */
const SWEEP_BUDGET_MS = 90_000;

describe("Validate under faults (DESIGN section 9)", () => {
  it(
    "every call failing once or through its retries: the marks, the last validation and the Change log all or nothing",
    () => {
      const result = faultSweep({
        operation: "Validate",
        start: start(),
        run: (addOn) => {
          addOn.run("validatePlan");
          return undefined;
        },
        // Three tries and the two pauses between them: the call fails through all its retries.
        maxRuns: 30,
      });
      expect(result.problems).toEqual([]);
      expect(result.calls).toBeGreaterThan(40);
      // A call failing once is tried again; one that keeps failing through its retries leaves everything as it was.
      expect(result.outcomes.filter((o) => !o.burst).every((o) => o.outcome === "done")).toBe(true);
      expect(result.outcomes.some((o) => o.outcome === "refused")).toBe(true);
    },
    SWEEP_BUDGET_MS,
  );
});
