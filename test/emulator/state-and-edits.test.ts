import { createContext, runInContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

describe("saveState / restore", () => {
  it("round-trips the whole world through JSON", () => {
    const emu = createEmulator({ spreadsheetName: "Plan" });
    const g = emu.globals;
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet("Profiles");
    sheet.getRange("A1:C1").setValues([["Name", new Date(2025, 0, 2), "=A1"]]);
    sheet.getRange("A1").setNote("key").setBackground("#eeeeee").setFontWeight("bold").setNumberFormat("@");
    sheet.getRange("B2").setDataValidation(g.SpreadsheetApp.newDataValidation().requireValueInList(["x", "y"]).build());
    sheet.getRange("A1:C1").protect().setDescription("header");
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 222);
    emu.setActiveRange("Profiles", "B2");
    g.DriveApp.createFolder("Exports").createFile("p.json", "{}");
    g.PropertiesService.getDocumentProperties().setProperty("planId", "P-1");
    g.PropertiesService.getUserProperties().setProperty("seen", "yes");
    g.CacheService.getScriptCache().put("c", "v");
    g.ScriptApp.newTrigger("weekly").timeBased().everyWeeks(1).create();
    g.Utilities.sleep(5);

    const saved = JSON.parse(JSON.stringify(emu.saveState()));
    const back = createEmulator({ state: saved });
    expect(back.saveState()).toEqual(emu.saveState());

    const b = back.globals;
    const s2 = b.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Profiles")!;
    expect(s2.getRange("A1:C1").getValues()).toEqual([["Name", new Date(2025, 0, 2), "#NAME?"]]);
    expect(s2.getRange("C1").getFormula()).toBe("=A1");
    expect([
      s2.getRange("A1").getNote(),
      s2.getRange("A1").getBackground(),
      s2.getRange("A1").getFontWeight(),
      s2.getRange("A1").getNumberFormat(),
    ]).toEqual(["key", "#eeeeee", "bold", "@"]);
    expect(s2.getRange("B2").getDataValidation()!.getCriteriaValues()).toEqual([["x", "y"], true]);
    expect(s2.getProtections(b.SpreadsheetApp.ProtectionType.RANGE)[0].getDescription()).toBe("header");
    expect([s2.getFrozenRows(), s2.getColumnWidth(2)]).toEqual([1, 222]);
    expect(b.SpreadsheetApp.getActiveRange().getA1Notation()).toBe("B2");
    expect(b.DriveApp.getFoldersByName("Exports").next().getFilesByName("p.json").next().getBlob().getDataAsString()).toBe("{}");
    expect(b.PropertiesService.getDocumentProperties().getProperty("planId")).toBe("P-1");
    expect(b.PropertiesService.getUserProperties().getProperty("seen")).toBe("yes");
    expect(b.CacheService.getScriptCache().get("c")).toBe("v");
    expect(b.ScriptApp.getProjectTriggers()[0].getHandlerFunction()).toBe("weekly");
    expect(b.SpreadsheetApp.getActive().getId()).toBe(ss.getId());
    // New ids continue the saved sequence instead of colliding.
    const known = new Set(saved.drive.items.map((i: { id: string }) => i.id));
    expect(known.has(b.DriveApp.createFile("n", "").getId())).toBe(false);
  });
});

describe("simulateEdit", () => {
  it("returns an onEdit event shaped like Apps Script's", () => {
    const emu = createEmulator({ user: "editor@example.com" });
    const sheet = emu.globals.SpreadsheetApp.getActiveSheet();
    sheet.getRange("B2").setValue(5);
    const e = emu.simulateEdit("Sheet1", "B2", [["12"]]);
    expect(Object.keys(e).sort()).toEqual(["authMode", "oldValue", "range", "source", "user", "value"]);
    expect(String(e.authMode)).toBe("LIMITED");
    expect([e.value, e.oldValue, e.range.getA1Notation(), e.user.getEmail(), e.source.getId()]).toEqual([
      "12",
      "5",
      "B2",
      "editor@example.com",
      emu.globals.SpreadsheetApp.getActive().getId(),
    ]);
    expect(sheet.getRange("B2").getValue()).toBe(12);
    expect(emu.globals.SpreadsheetApp.getActiveRange().getA1Notation()).toBe("B2");
  });

  it("omits value/oldValue for multi-cell edits and pastes from a single cell", () => {
    const emu = createEmulator();
    const e = emu.simulateEdit("Sheet1", "A1", [
      ["a", "b"],
      ["TRUE", "'007"],
    ]);
    expect("value" in e || "oldValue" in e).toBe(false);
    expect(e.range.getA1Notation()).toBe("A1:B2");
    expect(e.range.getValues()).toEqual([
      ["a", "b"],
      [true, "007"],
    ]);
  });

  it("applies rejecting validation rules and protections to the user", () => {
    const emu = createEmulator();
    const app = emu.globals.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet.getRange("A1").setDataValidation(app.newDataValidation().requireValueInList(["yes", "no"]).setAllowInvalid(false).build());
    expect(() => emu.simulateEdit("Sheet1", "A1", [["maybe"]])).toThrow("Input must be an item on the specified list");
    expect(emu.simulateEdit("Sheet1", "A1", [["yes"]]).value).toBe("yes");
    sheet.getRange("C1").protect();
    emu.setUser("stranger@example.com");
    expect(() => emu.simulateEdit("Sheet1", "C1", [["x"]])).toThrow(/protected cell or object/);
  });
});

describe("running inside a vm context (gas-local)", () => {
  it("returns Dates and errors from the script's realm after bindRealm", () => {
    const emu = createEmulator();
    emu.globals.SpreadsheetApp.getActiveSheet()
      .getRange("A1")
      .setValue(new Date(2025, 0, 1));
    const context = createContext(emu.globals);
    runInContext(
      `function probe() {
        var v = SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, 2).getValues();
        var caught;
        try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { caught = e; }
        return { isArray: Array.isArray(v), isDate: v[0][0] instanceof Date, empty: v[0][1], errorIsError: caught instanceof Error, message: caught.message };
      }`,
      context,
    );
    emu.bindRealm(context);
    expect(runInContext("probe()", context)).toEqual({
      isArray: true,
      isDate: true,
      empty: "",
      errorIsError: true,
      message: "The starting row of the range is too small.",
    });
  });
});

describe("saved state of a dropdown down a whole column", () => {
  it("stores the rule once and restores it on every cell", () => {
    const emulator = createEmulator();
    const app = emulator.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const rule = app.newDataValidation().requireValueInList(["web", "email"], true).setAllowInvalid(true).build();
    app.getActiveSheet().getRange(2, 1, 999, 1).setDataValidation(rule);
    const state = JSON.parse(JSON.stringify(emulator.saveState()));
    expect(state.spreadsheet.sheets[0].rules).toHaveLength(1);
    const again = createEmulator({ state });
    const restored = (again.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSheet()
      .getRange(1000, 1)
      .getDataValidation();
    expect(restored?.getCriteriaValues()[0]).toEqual(["web", "email"]);
  });
});
