import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import { MAX_ROWS_PER_SHEET } from "../../src/domain/workbook/size-limits";
import { loadAddOn, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { planWith } from "../support/plans";

/** Attribute rows past the limit, typed below the example's own. */
function overfill(addOn: LoadedAddOn): void {
  const sheet = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
  const rows = MAX_ROWS_PER_SHEET + 1;
  sheet.insertRowsAfter(sheet.getMaxRows(), rows);
  sheet.getRange(2, 1, rows, 2).setValues(Array.from({ length: rows }, (_, i) => [`extra_${i}`, `Extra ${i}`]));
}

describe("a workbook past the size limits is refused before any work", () => {
  it("Validate says which sheet and the limit, and marks nothing", () => {
    const addOn = planWith();
    overfill(addOn);
    const before = addOn.emulator.saveState();
    expect(() => addOn.run("validatePlan")).toThrow(
      /^Validate did not start: 2 Attributes has 10,001 rows; the add-on handles at most 10,000 rows per sheet\. Remove rows/,
    );
    expect(addOn.emulator.saveState().spreadsheet).toEqual(before.spreadsheet);
  });

  it("Export writes no file", () => {
    const addOn = planWith();
    overfill(addOn);
    expect(() => addOn.run("exportPlan")).toThrow(/^Export did not start: 2 Attributes has 10,001 rows/);
    expect(addOn.emulator.drive.list()).toEqual([]);
  });

  it("Import of a plan file past them changes nothing", () => {
    const source = planWith();
    const exported = source.run<ExportResult>("exportPlan");
    const plan = JSON.parse(
      source.emulator.drive
        .list()
        .find((file) => file.id === exported.fileId)!
        .content.toString(),
    );
    const attribute = plan.attributes[0];
    plan.attributes = Array.from({ length: MAX_ROWS_PER_SHEET + 1 }, (_, i) => ({ ...attribute, id: `a_${i}` }));
    const target = loadAddOn();
    expect(() => target.run("importPlan", { json: JSON.stringify(plan) })).toThrow(/2 Attributes has 10,001 rows/);
    expect(
      spreadsheetOf(target)
        .getSheets()
        .map((sheet) => sheet.getName()),
    ).toEqual(["Sheet1"]);
  });
});
