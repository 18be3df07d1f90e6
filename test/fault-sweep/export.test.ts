import { describe, expect, it } from "vitest";
import { faultSweep } from "../support/fault-sweep";
import { approved, planWith } from "../support/plans";
import { spreadsheetOf } from "../support/bundle";

const exportRun = (finalize: boolean) => (addOn: Parameters<Parameters<typeof faultSweep>[0]["run"]>[0]) => {
  addOn.run("exportPlan", { finalize });
  return undefined;
};

describe("Export and Finalize are all or nothing, whichever call fails", { timeout: 120_000 }, () => {
  it("a first export", () => {
    const start = planWith().emulator.saveState();
    const sweep = faultSweep({ operation: "First export", start, run: exportRun(false), maxRuns: 40 });
    expect(sweep.problems).toEqual([]);
    expect(sweep.calls).toBeGreaterThan(20);
  });

  it("a second draft export over the first", () => {
    const addOn = planWith();
    addOn.run("exportPlan");
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("I3").setValue(91);
    const sweep = faultSweep({ operation: "Second export", start: addOn.emulator.saveState(), run: exportRun(false), maxRuns: 40 });
    expect(sweep.problems).toEqual([]);
  });

  it("a Finalize after a draft", () => {
    const addOn = planWith(approved);
    addOn.run("exportPlan");
    const sweep = faultSweep({ operation: "Finalize", start: addOn.emulator.saveState(), run: exportRun(true), maxRuns: 40 });
    expect(sweep.problems).toEqual([]);
  });
});
