import { describe, expect, it } from "vitest";
import { type LoadedAddOn, loadAddOn, spreadsheetOf } from "../support/bundle";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";

const input = { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"], pattern: "diamond" };

/** About 10 s on an idle machine; CI runners share their cores. */
const SWEEP_TIMEOUT = 120_000;

const setUp = (addOn: LoadedAddOn) => {
  addOn.run("setupSheets", input);
  return undefined;
};

describe("fault sweep: Set up sheets", () => {
  it(
    "on a fresh workbook: every failing call leaves all eight sheets set up or none",
    () => {
      const result = faultSweep({
        operation: "Set up sheets (fresh)",
        start: loadAddOn().emulator.saveState(),
        run: setUp,
        maxRuns: 40,
      });
      expect(result.problems).toEqual([]);
      expect(result.calls).toBeGreaterThan(0);
    },
    SWEEP_TIMEOUT,
  );

  it(
    "from the menu on a new spreadsheet (it opens the New plan form): a failure is said in the add-on's words, never Google's",
    () => {
      const result = faultSweep({
        operation: "Set up sheets (menu)",
        start: loadAddOn().emulator.saveState(),
        run: (addOn) => {
          addOn.run("menuSetupSheets");
          return undefined;
        },
      });
      expect(result.problems).toEqual([]);
      expect(result.calls).toBeGreaterThan(3);
    },
    SWEEP_TIMEOUT,
  );

  it(
    "re-run on a filled workbook that lost a column, a note and a dropdown: upgraded or left as it was",
    () => {
      const addOn = planWith();
      const spreadsheet = spreadsheetOf(addOn);
      const profiles = spreadsheet.getSheetByName("3 Profiles")!;
      profiles.deleteColumn(profiles.getLastColumn());
      const attributes = spreadsheet.getSheetByName("2 Attributes")!;
      attributes.getRange("A1").setNote("");
      attributes.getRange("C2:C5").clearDataValidations();
      const result = faultSweep({
        operation: "Set up sheets (re-run)",
        start: addOn.emulator.saveState(),
        run: setUp,
        maxRuns: 40,
      });
      expect(result.problems).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );
});
