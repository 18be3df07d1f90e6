import { describe, expect, it } from "vitest";
import { loadAddOn } from "../support/bundle";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";

const setUp = (addOn: ReturnType<typeof loadAddOn>) => {
  addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
  return undefined;
};

describe("Set up sheets is all or nothing, whichever call fails", { timeout: 120_000 }, () => {
  it("on a fresh spreadsheet", () => {
    const sweep = faultSweep({ operation: "Set up (fresh)", start: loadAddOn().emulator.saveState(), run: setUp, maxRuns: 30 });
    expect(sweep.problems).toEqual([]);
  });

  it("run again on a workbook full of rows", () => {
    const sweep = faultSweep({ operation: "Set up (re-run)", start: planWith().emulator.saveState(), run: setUp, maxRuns: 30 });
    expect(sweep.problems).toEqual([]);
  });
});
