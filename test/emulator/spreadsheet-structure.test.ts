import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

function setup() {
  const emu = createEmulator({ spreadsheetName: "Plan" });
  const app = emu.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { emu, app, ss, sheet: ss.getSheets()[0] };
}

describe("Spreadsheet and sheets", () => {
  it("starts with one 1000 x 26 sheet named Sheet1", () => {
    const { ss, sheet } = setup();
    expect(ss.getName()).toBe("Plan");
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect([sheet.getName(), sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getIndex()]).toEqual(["Sheet1", 1000, 26, 1]);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
  });

  it("inserts, finds, activates and deletes sheets", () => {
    const { ss } = setup();
    const plan = ss.insertSheet("Plan");
    expect(ss.getActiveSheet().getName()).toBe("Plan");
    expect(ss.getSheetByName("Missing")).toBeNull();
    expect(ss.getSheetByName("Plan")!.getSheetId()).toBe(plan.getSheetId());
    ss.insertSheet("First", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["First", "Sheet1", "Plan"]);
    expect(ss.insertSheet().getName()).toBe("Sheet4");
    ss.deleteSheet(plan);
    expect(ss.getSheetByName("Plan")).toBeNull();
  });

  it("rejects duplicate sheet names with the real message", () => {
    const { ss } = setup();
    ss.insertSheet("Plan");
    expect(() => ss.insertSheet("Plan")).toThrow('A sheet with the name "Plan" already exists. Please enter another name.');
    expect(() => ss.getSheets()[0].setName("Plan")).toThrow(/already exists/);
  });

  it("refuses to delete the last sheet", () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  it("validates getRange arguments with Apps Script's messages", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow("The number of columns in the range must be at least 1.");
    expect(() => sheet.getRange(1001, 1)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
  });

  it("parses A1 notation, including sheet-qualified and open ranges", () => {
    const { ss, sheet } = setup();
    ss.insertSheet("My Sheet");
    const r = ss.getRange("'My Sheet'!B2:C4");
    expect([r.getSheet().getName(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual(["My Sheet", 2, 2, 3, 2]);
    expect(sheet.getRange("A:B").getNumRows()).toBe(1000);
    expect(sheet.getRange("2:3").getNumColumns()).toBe(26);
    expect(sheet.getRange("A2:B").getA1Notation()).toBe("A2:B1000");
    expect(() => ss.getRange("Nope!A1")).toThrow("Range not found");
  });

  it("appendRow writes after the last row and grows a full sheet", () => {
    const { sheet } = setup();
    sheet.appendRow(["a", "1"]);
    sheet.appendRow(["b", 2]);
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    sheet.getRange(1000, 1).setValue("last");
    sheet.appendRow(["grown"]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe("grown");
  });

  it("inserts and deletes rows and columns, shifting content", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A4").getValue()).toBe(3);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange("A2").getValue()).toBe(3);
    sheet.insertColumnBefore(1);
    expect(sheet.getRange("B1").getValue()).toBe(1);
    sheet.insertColumnsAfter(3, 2);
    expect(sheet.getMaxColumns()).toBe(29);
    sheet.deleteColumn(1);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[1, 2]]);
    expect(() => sheet.deleteRows(2000, 1)).toThrow("Those rows are out of bounds.");
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, sheet.getMaxRows() - 1)).toThrow("Sorry, it is not possible to delete all non-frozen rows.");
  });

  it("keeps frozen panes, column widths, tab colours and visibility", () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(1, 240).setColumnWidths(2, 2, 80).setTabColor("#FF0000");
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(3), sheet.getColumnWidth(4)]).toEqual([240, 80, 100]);
    expect(sheet.getTabColor()).toBe("#ff0000");
    ss.insertSheet("Other");
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it("tracks the active sheet, range and cell", () => {
    const { emu, app, ss } = setup();
    const other = ss.insertSheet("Other");
    emu.setActiveRange("Sheet1", "B2:C3");
    expect(app.getActiveSheet().getName()).toBe("Sheet1");
    expect(app.getActiveRange().getA1Notation()).toBe("B2:C3");
    expect(ss.getActiveCell().getA1Notation()).toBe("B2");
    other.getRange("D4").activate();
    expect(ss.getActiveRange().getA1Notation()).toBe("D4");
    expect(ss.getActiveSheet().getName()).toBe("Other");
  });
});

describe("Data validation and checkboxes", () => {
  it("builds rules and reads them back", () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(["a", "b"], true).setAllowInvalid(false).setHelpText("Pick one").build();
    sheet.getRange("A1:A2").setDataValidation(rule);
    const got = sheet.getRange("A2").getDataValidation()!;
    expect(String(got.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([["a", "b"], true]);
    expect([got.getAllowInvalid(), got.getHelpText()]).toEqual([false, "Pick one"]);
    expect(sheet.getRange("B1").getDataValidation()).toBeNull();
    expect(app.newDataValidation().requireDate().build().getAllowInvalid()).toBe(true);
    const copy = got.copy().requireNumberBetween(1, 5).build();
    expect([String(copy.getCriteriaType()), copy.getCriteriaValues(), copy.getHelpText()]).toEqual(["NUMBER_BETWEEN", [1, 5], "Pick one"]);
    sheet.getRange("A1:A2").clearDataValidations();
    expect(sheet.getRange("A1:A2").getDataValidations()).toEqual([[null], [null]]);
  });

  it("inserts checkboxes unchecked and checks them", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:A2").insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(String(r.getDataValidation()!.getCriteriaType())).toBe("CHECKBOX");
    expect(r.isChecked()).toBe(false);
    sheet.getRange("A1").check();
    expect(r.isChecked()).toBeNull();
    r.check();
    expect([r.isChecked(), r.getValues()]).toEqual([true, [[true], [true]]]);
  });
});

describe("Protections", () => {
  it("protects ranges and sheets and lists them", () => {
    const { app, ss, sheet } = setup();
    const p = sheet.getRange("A1:B1").protect().setDescription("Headers").setWarningOnly(true);
    expect([p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation(), p.canEdit()]).toEqual(["Headers", true, "A1:B1", true]);
    const sp = sheet.protect().setDescription("Change log");
    expect(String(sp.getProtectionType())).toBe("SHEET");
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    expect(ss.getProtections(app.ProtectionType.SHEET)[0].getDescription()).toBe("Change log");
    sp.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  it("lets the owner write, blocks other users unless warning-only or editors", () => {
    const { emu, sheet } = setup();
    const p = sheet.getRange("A1").protect();
    sheet.getRange("A1").setValue("owner writes");
    emu.setUser("other@example.com");
    expect(() => sheet.getRange("A1").setValue("x")).toThrow(/protected cell or object/);
    sheet.getRange("B1").setValue("unprotected is fine");
    p.addEditor("other@example.com");
    expect(p.getEditors().map((u) => u.getEmail())).toContain("other@example.com");
    sheet.getRange("A1").setValue("editor writes");
    p.removeEditors(["other@example.com"]).setWarningOnly(true);
    sheet.getRange("A1").setValue("warning only");
    expect(sheet.getRange("A1").getValue()).toBe("warning only");
  });
});
