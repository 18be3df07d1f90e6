import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Sheet creation, names, getRange bounds, appendRow, row and column insertion / deletion, frozen panes, widths,
// tab colours and the active range are in spreadsheet-structure.test.ts.
function setup() {
  const emu = createEmulator();
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { emu, ss, sheet: ss.getSheets()[0] };
}

describe("Sheet layout refusals (developers.google.com/apps-script/reference/spreadsheet/sheet)", () => {
  it("cannot freeze every row or column", () => {
    const { sheet } = setup();
    expect(() => sheet.setFrozenRows(1000)).toThrow("Sorry, it is not possible to freeze all rows.");
    expect(() => sheet.setFrozenColumns(26)).toThrow("Sorry, it is not possible to freeze all columns.");
    sheet.setFrozenRows(999);
    expect(sheet.getFrozenRows()).toBe(999);
  });

  it("cannot hide the only visible sheet, and hiding the active sheet activates another", () => {
    const { ss, sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("Sorry, it is not possible to hide all sheets in a document.");
    const other = ss.insertSheet("Other");
    other.hideSheet();
    expect(ss.getActiveSheet().getName()).toBe("Sheet1");
    ss.setActiveSheet(other);
    expect(other.isSheetHidden()).toBe(false);
  });

  it("refuses inserting no rows or columns, or inserting past the edge", () => {
    const { sheet } = setup();
    expect(() => sheet.insertRowsBefore(1, 0)).toThrow("The number of rows to insert must be at least 1.");
    expect(() => sheet.insertColumnsBefore(1, 0)).toThrow("The number of columns to insert must be at least 1.");
    expect(() => sheet.insertRowBefore(1002)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.insertColumnAfter(27)).toThrow("Those columns are out of bounds.");
    sheet.insertRowAfter(1000);
    expect(sheet.getMaxRows()).toBe(1001);
  });

  it("cannot delete every non-frozen column", () => {
    const { sheet } = setup();
    sheet.setFrozenColumns(1);
    expect(() => sheet.deleteColumns(2, 25)).toThrow("Sorry, it is not possible to delete all non-frozen columns.");
    expect(() => sheet.deleteColumns(20, 10)).toThrow("Those columns are out of bounds.");
  });

  it("keeps a range protection on the same cells when rows are inserted above it", () => {
    const { emu, sheet } = setup();
    sheet.getRange("A5:B5").protect().setDescription("totals");
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getProtections(emu.globals.SpreadsheetApp.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe("A7:B7");
  });

  it("widens a range protection for rows inserted inside it and narrows it for rows deleted, as Sheets adjusts ranges", () => {
    const { emu, sheet } = setup();
    const RANGE = emu.globals.SpreadsheetApp.ProtectionType.RANGE;
    const a1 = () => sheet.getProtections(RANGE).map((p) => p.getRange().getA1Notation());
    sheet.getRange("B5:C10").protect();
    sheet.insertRowsBefore(7, 2);
    expect(a1()).toEqual(["B5:C12"]);
    sheet.deleteRows(2, 2);
    expect(a1()).toEqual(["B3:C10"]);
    sheet.deleteRows(9, 5);
    expect(a1()).toEqual(["B3:C8"]);
    sheet.insertColumnsBefore(3, 1);
    sheet.deleteColumn(1);
    expect(a1()).toEqual(["A3:C8"]);
    sheet.deleteRows(3, 6);
    expect(a1()).toEqual([]);
  });

  it("moves column widths with inserted columns", () => {
    const { sheet } = setup();
    sheet.setColumnWidth(2, 250);
    sheet.insertColumnBefore(1);
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([100, 250]);
  });
});

describe("Sheet clearing", () => {
  it("clear() drops contents and formats, keeping notes; the options narrow it", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1");
    r.setValue(1).setBackground("#000000").setNote("n");
    sheet.clear({ contentsOnly: true });
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(["", "#000000", "n"]);
    r.setValue(2);
    sheet.clear({ formatOnly: true });
    expect([r.getValue(), r.getBackground()]).toEqual([2, "#ffffff"]);
    sheet.clearNotes();
    expect(r.getNote()).toBe("");
    sheet.clear();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });
});

describe("Spreadsheet (developers.google.com/apps-script/reference/spreadsheet/spreadsheet)", () => {
  it("renames, changes its time zone and reports its locale", () => {
    const { ss } = setup();
    ss.rename("Plan 2026");
    ss.setSpreadsheetTimeZone("Europe/Paris");
    expect([ss.getName(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(["Plan 2026", "Europe/Paris", "en_US"]);
  });

  it("finds a sheet by id (the first is 0, like a new Google spreadsheet) and moves the active sheet", () => {
    const { ss, sheet } = setup();
    const second = ss.insertSheet("Second");
    expect(sheet.getSheetId()).toBe(0);
    expect(ss.getSheetById(second.getSheetId())?.getName()).toBe("Second");
    expect(ss.getSheetById(42)).toBeNull();
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Second", "Sheet1"]);
    expect([second.getIndex(), ss.getNumSheets()]).toEqual([1, 2]);
  });

  it("matches sheet names without regard to case, for lookup and uniqueness", () => {
    const { ss } = setup();
    expect(ss.getSheetByName("sheet1")?.getName()).toBe("Sheet1");
    expect(() => ss.insertSheet("SHEET1")).toThrow('A sheet with the name "SHEET1" already exists. Please enter another name.');
  });

  it("refuses a deleted sheet as an argument", () => {
    const { ss } = setup();
    const gone = ss.insertSheet("Gone");
    ss.deleteSheet(gone);
    expect(() => ss.setActiveSheet(gone)).toThrow("Invalid argument: sheet");
  });

  it("opens itself by id and refuses any other id", () => {
    const { emu, ss } = setup();
    expect(emu.globals.SpreadsheetApp.openById(ss.getId()).getName()).toBe(ss.getName());
    expect(() => emu.globals.SpreadsheetApp.openById("other")).toThrow(
      "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
    );
  });

  it("records toasts with Apps Script's default timeout of 5 seconds", () => {
    const { emu, ss } = setup();
    ss.toast("Saved");
    ss.toast("Done", "Export", -1);
    expect(emu.ui.toasts).toEqual([
      { message: "Saved", title: "", timeoutSeconds: 5 },
      { message: "Done", title: "Export", timeoutSeconds: -1 },
    ]);
  });
});
