import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

function setup() {
  const emu = createEmulator();
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { emu, ss, sheet: ss.getSheets()[0] };
}

describe("Range values", () => {
  it("returns '' for empty cells, always as a full 2-D array with 1-based indices", () => {
    const { sheet } = setup();
    sheet.getRange(2, 2).setValue(5);
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ["", "", ""],
      ["", 5, ""],
    ]);
    expect(sheet.getRange("B2").getValue()).toBe(5);
    expect(sheet.getRange(1, 1).getValue()).toBe("");
  });

  it("keeps numbers, booleans and Dates, returning fresh Date copies", () => {
    const { sheet } = setup();
    const d = new Date(2025, 5, 1, 12, 30);
    sheet.getRange(1, 1, 1, 3).setValues([[1.5, true, d]]);
    const [[n, b, got]] = sheet.getRange(1, 1, 1, 3).getValues();
    expect(n).toBe(1.5);
    expect(b).toBe(true);
    expect(got).toBeInstanceOf(Date);
    expect((got as Date).getTime()).toBe(d.getTime());
    (got as Date).setFullYear(1999);
    expect((sheet.getRange(1, 3).getValue() as Date).getFullYear()).toBe(2025);
  });

  it("interprets strings as typed in the UI", () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 9).setValues([["12", "1,234.5", "-3", "45%", "TRUE", "false", "2025-06-01", "'=x", "hello"]]);
    const [row] = sheet.getRange(1, 1, 1, 9).getValues();
    expect(row.slice(0, 6)).toEqual([12, 1234.5, -3, 0.45, true, false]);
    expect(row[6]).toEqual(new Date(2025, 5, 1));
    expect(row[7]).toBe("=x");
    expect(row[8]).toBe("hello");
    expect(sheet.getRange(1, 8).getFormula()).toBe("");
  });

  it("keeps strings exactly as written in plain-text ('@') cells", () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 1, 4);
    range.setNumberFormat("@");
    range.setValues([["12", "TRUE", "=SUM(A1)", "2025-06-01"]]);
    expect(range.getValues()).toEqual([["12", "TRUE", "=SUM(A1)", "2025-06-01"]]);
    expect(range.getFormulas()).toEqual([["", "", "", ""]]);
  });

  it("turns '=...' into a formula that is not evaluated", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("=1+1");
    sheet.getRange("A2").setFormula("=A1*2");
    expect(sheet.getRange("A1:A2").getFormulas()).toEqual([["=1+1"], ["=A1*2"]]);
    expect(sheet.getRange("A1").getValue()).toBe("#NAME?");
    expect(sheet.getLastRow()).toBe(2);
    sheet.getRange("A1").setValue(3);
    expect(sheet.getRange("A1").getFormula()).toBe("");
  });

  it("setValue fills every cell of the range", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B2").setValue("x");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("throws Apps Script's messages for data of the wrong shape", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setBackgrounds([["red", "red"]])).toThrow(/data has 1 but the range has 2/);
  });

  it("formats display values", () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").setValues([[1234.5, true, "45%", "2025-06-01"]]);
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([["1234.5", "TRUE", "45%", "2025-06-01"]]);
  });

  it("stores notes, backgrounds, font weights and number formats with defaults", () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 1, 2);
    expect(r.getNotes()).toEqual([["", ""]]);
    expect(r.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    expect(r.getFontWeights()).toEqual([["normal", "normal"]]);
    r.setNotes([["note", null]])
      .setBackgrounds([["#FFF2CC", null]])
      .setFontWeights([["bold", null]]);
    expect(r.getNotes()).toEqual([["note", ""]]);
    expect(r.getBackgrounds()).toEqual([["#fff2cc", "#ffffff"]]);
    expect(r.getFontWeights()).toEqual([["bold", "normal"]]);
    r.clearNote().setBackground("red");
    expect(r.getNote()).toBe("");
    expect(r.getBackground()).toBe("#ff0000");
    r.clearFormat();
    expect(r.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
  });

  it("clears content but keeps notes; clear() also drops formats", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1");
    r.setValue(1).setNote("n").setBackground("#000000");
    r.clearContent();
    expect([r.getValue(), r.getNote(), r.getBackground()]).toEqual(["", "n", "#000000"]);
    r.setValue(2).clear();
    expect([r.getValue(), r.getNote(), r.getBackground()]).toEqual(["", "n", "#ffffff"]);
  });

  it("writes and reads back 10,000 x 15 values", () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 9000);
    const data = Array.from({ length: 10000 }, (_, i) => Array.from({ length: 15 }, (_, j) => (j === 0 ? `row ${i}` : i * j)));
    sheet.getRange(1, 1, 10000, 15).setValues(data);
    const values = sheet.getRange(1, 1, 10000, 15).getValues();
    expect(values).toEqual(data);
    expect(sheet.getLastRow()).toBe(10000);
  });
});

describe("typed dates follow the spreadsheet's time zone", () => {
  it("reads a typed day as midnight in the spreadsheet's zone, not the server's", () => {
    const emulator = createEmulator({ timeZone: "America/Los_Angeles" });
    const range = (emulator.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSheet()
      .getRange("A1");
    range.setValue("2026-09-30");
    expect((range.getValue() as Date).toISOString()).toBe("2026-09-30T07:00:00.000Z");
    range.setValue("2026-01-15");
    expect((range.getValue() as Date).toISOString()).toBe("2026-01-15T08:00:00.000Z");
  });
});
