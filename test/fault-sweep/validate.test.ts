import { describe, expect, it } from "vitest";
import { faultSweep } from "../support/fault-sweep";
import { sheetValues, spreadsheetOf } from "../support/bundle";
import { planWith } from "../support/plans";

/**
 * A plan validated a while ago, since when someone deleted a row (to be
 * logged) and made two mistakes Validate has not marked yet: a misspelt type
 * and an activation without a fallback.
 */
function start() {
  const addOn = planWith();
  addOn.run("validatePlan");
  addOn.emulator.clock.advance(60_000);
  const spreadsheet = spreadsheetOf(addOn);
  const attributes = spreadsheet.getSheetByName("2 Attributes")!;
  const type = sheetValues(addOn, "2 Attributes")[0].indexOf("Type") + 1;
  attributes.getRange(5, type).setValue("numbr");
  const activation = spreadsheet.getSheetByName("4 Activation")!;
  activation.getRange(2, sheetValues(addOn, "4 Activation")[0].indexOf("Fallback state") + 1).setValue("");
  attributes.deleteRow(3);
  addOn.emulator.clock.advance(60_000);
  return addOn.emulator.saveState();
}

/** A sweep loads the add-on hundreds of times: its own budget, so a busy machine does not fail it. */
const SWEEP_BUDGET_MS = 90_000;

describe("Validate under faults (DESIGN section 9)", () => {
  it(
    "every call failing once or through its retries: the marks, the last validation and the Change log all or nothing, the deleted row logged once",
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
        // A run refused after it kept the deleted row for the log: the next Validate logs it, once.
        next: { run: (addOn) => void addOn.run("validatePlan") },
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
