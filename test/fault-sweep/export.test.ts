import { describe, expect, it } from "vitest";
import { spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { faultSweep } from "../support/fault-sweep";
import { approvedPlan, planWith } from "../support/plans";

const exportRun = (finalize: boolean) => (addOn: LoadedAddOn) => {
  addOn.run("exportPlan", { finalize });
  return undefined;
};

/**
 * 24 of the 115-133 calls (and the first and last writes), each failing once and through its retries:
 * about 50 runs, some 13 s on an idle machine. Every call of each sweep passed when last run in full.
 */
const MAX_RUNS = 24;
/** The runs' budget with a busy CI machine's margin; the sweep itself aims at 15 s. */
const TIMEOUT_MS = 120_000;

describe("Export and Finalize are all or nothing, whichever call fails", () => {
  it(
    "a first export",
    () => {
      const start = planWith().emulator.saveState();
      const sweep = faultSweep({ operation: "First export", start, run: exportRun(false), maxRuns: MAX_RUNS });
      expect(sweep.problems).toEqual([]);
      expect(sweep.calls).toBeGreaterThan(20);
    },
    TIMEOUT_MS,
  );

  it(
    "a second draft export over the first",
    () => {
      const addOn = planWith();
      addOn.run("exportPlan");
      spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("I3").setValue(91);
      const sweep = faultSweep({ operation: "Second export", start: addOn.emulator.saveState(), run: exportRun(false), maxRuns: MAX_RUNS });
      expect(sweep.problems).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    "a Finalize after a draft, the approval recorded",
    () => {
      const addOn = approvedPlan();
      addOn.run("exportPlan");
      const sweep = faultSweep({ operation: "Finalize", start: addOn.emulator.saveState(), run: exportRun(true), maxRuns: MAX_RUNS });
      expect(sweep.problems).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
