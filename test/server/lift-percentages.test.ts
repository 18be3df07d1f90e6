import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../src/domain/api/contract";
import type { LoadedAddOn } from "../support/bundle";
import { edit } from "../support/edits";
import { planWith } from "../support/plans";

const lift = (addOn: LoadedAddOn) => addOn.run<ValidationReport>("validatePlan").metrics.liftTargets[0];

describe("lift targets typed as percentages", () => {
  it("22% and 30% typed in the cells read as 22 → 30 (not 0.22 → 0.3), marked as percentages", () => {
    const addOn = planWith();
    // Typed text, as a person types it: Sheets stores 0.22 with a percent format.
    edit(addOn, "1 Objectives", "D2:E2", [["22%", "30%"]]);
    expect(addOn.emulator.globals.SpreadsheetApp.getActive().getSheetByName("1 Objectives")!.getRange("D2").getValue()).toBe(0.22);
    expect(lift(addOn)).toMatchObject({ baseline: 22, target: 30, liftPct: 36.4, percent: true });
  });

  it("plain numbers stay plain", () => {
    const addOn = planWith();
    expect(lift(addOn)).toMatchObject({ baseline: 22, target: 30, percent: false });
  });
});
