import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import { spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { faultSweep } from "../support/fault-sweep";
import { approvedPlan, planWith } from "../support/plans";

/**
 * Import of a realistic plan (the example exported from a set-up
 * workbook) back into that workbook after people changed it: renamed a
 * profile, removed an attribute row, added a column of their own with a
 * note and ran Validate (notes and colours on the rows).
 */
function changedWorkbook(): { addOn: LoadedAddOn; exported: ExportResult; text: string } {
  const addOn = planWith();
  const exported = addOn.run<ExportResult>("exportPlan");
  const text = addOn.emulator.drive
    .list()
    .find((file) => file.id === exported.fileId)!
    .content.toString();
  const spreadsheet = spreadsheetOf(addOn);
  spreadsheet.getSheetByName("3 Profiles")!.getRange("B2").setValue("Renamed by Priya");
  const attributes = spreadsheet.getSheetByName("2 Attributes")!;
  attributes.deleteRow(3);
  attributes.getRange(1, attributes.getLastColumn() + 1).setValue("Our notes");
  attributes.getRange(2, attributes.getLastColumn()).setValue("=1+1").setNote("ask Dana");
  addOn.run("validatePlan");
  return { addOn, exported, text };
}

/** About 10 s on an idle machine; CI runners share their cores. */
const SWEEP_TIMEOUT = 120_000;

describe("fault sweep: Import", () => {
  it(
    "from JSON text: every failing call leaves the import done or the workbook as it was",
    () => {
      const { addOn, text } = changedWorkbook();
      const result = faultSweep({
        operation: "Import (JSON)",
        start: addOn.emulator.saveState(),
        run: (run) => {
          run.run("importPlan", { json: text });
          return undefined;
        },
        maxRuns: 40,
      });
      expect(result.problems).toEqual([]);
      expect(result.calls).toBeGreaterThan(0);
    },
    SWEEP_TIMEOUT,
  );

  it(
    "from a Drive file ID: the same, including the file read",
    () => {
      const { addOn, exported } = changedWorkbook();
      const result = faultSweep({
        operation: "Import (file ID)",
        start: addOn.emulator.saveState(),
        run: (run) => {
          run.run("importPlan", { fileId: exported.fileId });
          return undefined;
        },
        maxRuns: 40,
      });
      expect(result.problems).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    "an approved plan into a copy of its workbook (copies keep no document properties): its approvals are stored with the rest, or not at all",
    () => {
      const addOn = approvedPlan();
      const exported = addOn.run<ExportResult>("exportPlan");
      const text = addOn.emulator.drive
        .list()
        .find((file) => file.id === exported.fileId)!
        .content.toString();
      const properties = addOn.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
      properties.getDocumentProperties().deleteAllProperties();
      const result = faultSweep({
        operation: "Import (approvals)",
        start: addOn.emulator.saveState(),
        run: (run) => {
          run.run("importPlan", { json: text });
          return undefined;
        },
        maxRuns: 16,
      });
      expect(result.problems).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );
});
