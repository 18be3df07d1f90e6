import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Values, typed input, shapes, notes, backgrounds, weights and clearing are in spreadsheet-values.test.ts;
// getRange bounds and A1 parsing in spreadsheet-structure.test.ts.
function setup() {
  const emu = createEmulator();
  return { emu, sheet: emu.globals.SpreadsheetApp.getActiveSheet() };
}

describe("Range geometry (developers.google.com/apps-script/reference/spreadsheet/range)", () => {
  it("reports its position and size under each of Apps Script's names", () => {
    const { sheet } = setup();
    const r = sheet.getRange("B3:D7");
    expect([
      r.getRow(),
      r.getRowIndex(),
      r.getColumn(),
      r.getColumnIndex(),
      r.getNumRows(),
      r.getHeight(),
      r.getNumColumns(),
      r.getWidth(),
    ]).toEqual([3, 3, 2, 2, 5, 5, 3, 3]);
    expect([r.getLastRow(), r.getLastColumn(), r.getGridId(), r.getA1Notation()]).toEqual([7, 4, sheet.getSheetId(), "B3:D7"]);
  });

  it("offsets and picks cells, keeping inside the sheet and the range", () => {
    const { sheet } = setup();
    const r = sheet.getRange("B2:C3");
    expect(r.offset(1, 1).getA1Notation()).toBe("C3:D4");
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe("B2");
    expect(r.getCell(2, 2).getA1Notation()).toBe("C3");
    expect(() => r.offset(-2, 0)).toThrow("The starting row of the range is too small.");
    expect(() => r.getCell(3, 1)).toThrow("Cell reference out of range");
  });

  it("names columns past Z as Sheets does", () => {
    const { sheet } = setup();
    sheet.insertColumnsAfter(26, 30);
    expect(sheet.getRange(1, 27, 2, 27).getA1Notation()).toBe("AA1:BA2");
  });

  it("is blank until it holds a value or a formula, whatever its formats", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B2");
    r.setBackground("#ff0000").setNote("n");
    expect(r.isBlank()).toBe(true);
    sheet.getRange("B2").setFormula("=A1");
    expect(r.isBlank()).toBe(false);
  });

  it("refuses getRange with arguments of the wrong types, naming them as Apps Script does", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, "A" as unknown as number)).toThrow(
      "The parameters (number,String) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
    expect(() => sheet.getRange("A1").setValues("x" as unknown as string[][])).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => sheet.getRange("A1").setValues([1] as unknown as number[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it("reads a block with Sheet.getSheetValues, within the sheet's bounds", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["a", 1]]);
    expect(sheet.getSheetValues(1, 1, 2, 2)).toEqual([
      ["a", 1],
      ["", ""],
    ]);
    expect(() => sheet.getSheetValues(1, 26, 1, 2)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
  });
});

describe("Range formats", () => {
  it("reads colours back as lowercase #rrggbb from names, short hex and RGB", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1");
    expect(r.setBackground("Orange").getBackground()).toBe("#ffa500");
    expect(r.setBackground("#ABC").getBackground()).toBe("#aabbcc");
    expect(r.setBackgroundRGB(0, 128, 255).getBackground()).toBe("#0080ff");
    expect(r.setBackground(null).getBackground()).toBe("#ffffff");
  });

  it("keeps font colours, wrap and horizontal alignment, with Sheets' defaults", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B1");
    expect([r.getFontColor(), r.getWrap(), r.getHorizontalAlignment()]).toEqual(["#000000", true, "general"]);
    r.setFontColors([["#FF0000", null]])
      .setWrap(false)
      .setHorizontalAlignment("CENTER");
    expect([r.getFontColors(), r.getWrap(), r.getHorizontalAlignment()]).toEqual([[["#ff0000", "#000000"]], false, "center"]);
    r.setFontColor("blue");
    expect(r.getFontColors()).toEqual([["#0000ff", "#0000ff"]]);
  });

  it("reports the automatic number format until one is set, per cell", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B1");
    expect(r.getNumberFormats()).toEqual([["0.###############", "0.###############"]]);
    r.setNumberFormats([["0.00%", "@"]]);
    expect([r.getNumberFormat(), r.getNumberFormats()]).toEqual(["0.00%", [["0.00%", "@"]]]);
  });

  it("displays numbers in the formats it knows", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:E1");
    r.setValues([[1234.567, 1234.567, 0.256, 0.256, 7]]);
    r.setNumberFormats([["#,##0.00", "0", "0%", "0.00%", "@"]]);
    expect(r.getDisplayValues()).toEqual([["1,234.57", "1235", "26%", "25.60%", "7"]]);
  });

  it("clears only what clear() is told to: validations, formats or contents", () => {
    const { emu, sheet } = setup();
    const r = sheet.getRange("A1");
    const rule = emu.globals.SpreadsheetApp.newDataValidation().requireValueInList(["a"]).build();
    r.setValue("a").setBackground("#000000").setDataValidation(rule);
    r.clear({ validationsOnly: true });
    expect([r.getValue(), r.getBackground(), r.getDataValidation()]).toEqual(["a", "#000000", null]);
    r.clear({ formatOnly: true });
    expect([r.getValue(), r.getBackground()]).toEqual(["a", "#ffffff"]);
    r.clear({ contentsOnly: true });
    expect(r.getValue()).toBe("");
  });

  it("charges a batched write 7 ms plus 0.1 ms a cell, a read 30 ms and a handle 1 ms (DESIGN section 7)", () => {
    const { emu } = setup();
    const before = emu.clock.projectedMs();
    const r = emu.globals.SpreadsheetApp.getActiveSheet().getRange(1, 1, 10, 10);
    r.setValues(Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => 1)));
    r.getValues();
    expect(emu.clock.projectedMs() - before).toBeCloseTo(1 + 1 + 7 + 10 + 30);
  });
});

describe("Range protection messages", () => {
  it("refuses every kind of write by a non-editor with Sheets' message", () => {
    const { emu, sheet } = setup();
    sheet.getRange("A1:B2").protect();
    emu.setUser("other@example.com");
    const r = sheet.getRange("A1");
    const message =
      "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";
    for (const write of [
      () => r.setValue(1),
      () => r.setBackground("#000000"),
      () => r.setNote("n"),
      () => r.clearContent(),
      () => r.insertCheckboxes(),
      () => sheet.appendRow(["x"]),
      () => sheet.clear(),
    ]) {
      expect(write).toThrow(message);
    }
  });

  it("lets anyone write to a sheet protection's unprotected ranges", () => {
    const { emu, sheet } = setup();
    sheet.protect().setUnprotectedRanges([sheet.getRange("C1:C10")]);
    emu.setUser("other@example.com");
    sheet.getRange("C5").setValue("ok");
    expect(() => sheet.getRange("B5").setValue("no")).toThrow(/protected cell or object/);
    expect(() => sheet.getRange("C1").protect().setUnprotectedRanges([])).toThrow(
      "Unprotected ranges can only be set on sheet protections.",
    );
  });

  it("never drops the owner from a protection's editors", () => {
    const { sheet } = setup();
    const p = sheet.getRange("A1").protect().addEditors(["a@example.com"]);
    p.removeEditor("owner@example.com").removeEditors(["a@example.com"]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["owner@example.com"]);
  });
});
