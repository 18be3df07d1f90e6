import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";
import { snapshotSheets } from "../../src/sheets/sheet-snapshot";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function workbook() {
  const emulator = createEmulator();
  const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
  const sheet = spreadsheet.insertSheet("2 Attributes");
  sheet
    .getRange("A1:C1")
    .setValues([["Attribute ID", "Type", "Coverage %"]])
    .setFontWeight("bold");
  sheet.getRange("C2:C3").setNumberFormat("@");
  sheet.getRange("A2:C3").setValues([
    ["'007", '\'=HYPERLINK("x")', "0042"],
    ["plan", "enum", "'2026-01-01"],
  ]);
  sheet.getRange("D2").setFormula("=1+1");
  sheet.getRange("A2").setNote("typed by Priya").setBackground("#fff2cc");
  sheet
    .getRange("B2:B3")
    .setDataValidation(emulator.globals.SpreadsheetApp.newDataValidation().requireValueInList(["enum", "string"]).build() as never);
  sheet.setFrozenRows(1);
  return { emulator, spreadsheet, sheet };
}

const view = (emulator: ReturnType<typeof createEmulator>) => {
  const state = emulator.saveState().spreadsheet;
  return state.sheets.map((sheet) => ({
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    cells: sheet.cells
      .filter(([, , cell]) => JSON.stringify(cell) !== "{}")
      .map(([r, c, cell]) => [r, c, typeof cell.dv === "number" ? { ...cell, dv: sheet.rules?.[cell.dv] } : cell])
      .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)),
  }));
};

describe("sheet snapshot", () => {
  it("puts back values, text that looks like numbers or formulas, formulas, notes, colours, formats and dropdowns", () => {
    const { emulator, spreadsheet, sheet } = workbook();
    const before = view(emulator);
    const snapshot = snapshotSheets(spreadsheet, ["2 Attributes", "Activation checklist"]);

    sheet.clear();
    sheet.insertRowsAfter(sheet.getMaxRows(), 50);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 4);
    sheet.getRange(1, 1, 2, 30).setValues([Array(30).fill("x"), Array(30).fill(1)]);
    sheet.setFrozenRows(2);
    spreadsheet.insertSheet("Activation checklist").getRange("A1").setValue("generated");

    snapshot.restore();
    expect(view(emulator)).toEqual(before);
    expect(sheet.getRange("A2:C3").getValues()).toEqual([
      ["007", '=HYPERLINK("x")', "0042"],
      ["plan", "enum", "'2026-01-01"],
    ]);
    expect(spreadsheet.getSheetByName("Activation checklist")).toBeNull();
  });

  it("restores a sheet the operation emptied and shrank", () => {
    const { emulator, spreadsheet, sheet } = workbook();
    const before = view(emulator);
    const snapshot = snapshotSheets(spreadsheet, ["2 Attributes"]);
    sheet.deleteRows(2, 2);
    sheet.getRange("A1").setValue("");
    snapshot.restore();
    expect(view(emulator)).toEqual(before);
  });
});
