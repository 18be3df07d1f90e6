import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

describe("call counting", () => {
  it("counts each script call once, by Class.method", () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1")!;
    sheet.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.appendRow(["x"]);
    sheet.getDataRange().getValues();
    expect(emu.calls.byMethod()).toEqual({
      "Range.getValues": 1,
      "Range.setValues": 1,
      "Sheet.appendRow": 1,
      "Sheet.getDataRange": 1,
      "Sheet.getRange": 1,
      "Spreadsheet.getSheetByName": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
    expect(emu.calls.total()).toBe(7);
  });

  it("does not count the emulator's own work, and resets", () => {
    const emu = createEmulator();
    emu.simulateEdit("Sheet1", "A1", [["typed"]]);
    emu.setActiveRange("Sheet1", "B2");
    emu.saveState();
    emu.drive.list();
    expect(emu.calls.total()).toBe(0);
    emu.globals.Session.getActiveUser().getEmail();
    const snap = emu.calls.snapshot();
    emu.globals.DriveApp.createFolder("x");
    expect(emu.calls.since(snap)).toEqual({ total: 1, byMethod: { "DriveApp.createFolder": 1 } });
    emu.calls.reset();
    expect([emu.calls.total(), emu.calls.byMethod()]).toEqual([0, {}]);
  });

  it("counts shared methods under the right class", () => {
    const emu = createEmulator();
    const folder = emu.globals.DriveApp.createFolder("f");
    folder.createFile("a", "b").getId();
    folder.getId();
    expect(emu.calls.count("File.getId")).toBe(1);
    expect(emu.calls.count("Folder.getId")).toBe(1);
  });
});

describe("fault injection", () => {
  it("fails the next N matching calls, then recovers", () => {
    const emu = createEmulator();
    const { DriveApp } = emu.globals;
    emu.faults.failNext("DriveApp.createFile", 2);
    expect(() => DriveApp.createFile("a", "b")).toThrow("We're sorry, a server error occurred. Please wait a bit and try again.");
    expect(() => DriveApp.createFile("a", "b")).toThrow();
    expect(DriveApp.createFile("a", "b").getName()).toBe("a");
    expect(emu.drive.list()).toHaveLength(1);
    expect(emu.calls.count("DriveApp.createFile")).toBe(3);
  });

  it("matches by RegExp or class and uses a custom message", () => {
    const emu = createEmulator();
    emu.faults.failNext(/^Drive\./, 1, "Rate Limit Exceeded");
    expect(() => emu.globals.Drive.Files.list()).toThrow("Rate Limit Exceeded");
    emu.faults.failNext("Range", 1);
    const range = emu.globals.SpreadsheetApp.getActiveSheet().getRange("A1");
    expect(() => range.setValue(1)).toThrow(/^Service Spreadsheets failed while accessing document with id/);
    expect(range.getValue()).toBe("");
    expect(emu.faults.pending()).toBe(0);
  });

  it("fails the k-th call from now once, whatever its method", () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActiveSheet();
    emu.faults.failCall(2);
    const range = sheet.getRange("A1");
    expect(() => range.setValue(1)).toThrow(/^Service Spreadsheets failed/);
    range.setValue(2);
    expect(range.getValue()).toBe(2);
    expect(emu.faults.pending()).toBe(0);
  });

  it("fails the k-th call and every later one in an outage", () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActiveSheet();
    emu.faults.failCall(1, { outage: true, message: "Service unavailable" });
    expect(() => sheet.getRange("A1")).toThrow("Service unavailable");
    expect(() => emu.globals.PropertiesService.getDocumentProperties()).toThrow("Service unavailable");
    emu.faults.clear();
    expect(sheet.getRange("A1").getValue()).toBe("");
  });

  it("fails a burst of consecutive calls, then the service answers again", () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActiveSheet();
    emu.faults.failCall(1, { times: 3 });
    for (let i = 0; i < 3; i++) expect(() => sheet.getRange("A1")).toThrow();
    expect(sheet.getRange("A1").getValue()).toBe("");
    expect(emu.faults.pending()).toBe(0);
  });

  it("can let a call take effect and then lose its reply", () => {
    const emu = createEmulator();
    const range = emu.globals.SpreadsheetApp.getActiveSheet().getRange("A1");
    emu.faults.failCall(1, { lostReply: true });
    expect(() => range.setValue("landed")).toThrow(/^Service Spreadsheets failed/);
    expect(range.getValue()).toBe("landed");
    expect(emu.faults.pending()).toBe(0);
  });

  it("throws errors that print like Apps Script exceptions", () => {
    const emu = createEmulator();
    try {
      emu.globals.SpreadsheetApp.getActiveSheet().getRange(0, 1);
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toBe("Exception: The starting row of the range is too small.");
    }
  });
});

describe("the fault injection API's edges", () => {
  it("refuses a position that is not a positive integer, as a host error", () => {
    const emu = createEmulator();
    expect(() => emu.faults.failCall(0)).toThrow("failCall: k must be a positive integer, got 0");
    expect(() => emu.faults.failCall(1.5)).toThrow("failCall: k must be a positive integer, got 1.5");
  });

  it("counts pending failures, an outage once, and clears them all", () => {
    const emu = createEmulator();
    emu.faults.failNext("DriveApp", 3);
    emu.faults.failCall(5, { outage: true });
    expect(emu.faults.pending()).toBe(4);
    emu.faults.clear();
    expect(emu.faults.pending()).toBe(0);
    expect(emu.globals.DriveApp.createFolder("x").getName()).toBe("x");
  });

  it("matches a class name without a dot against every method of that class only", () => {
    const emu = createEmulator();
    emu.faults.failNext("Sheet", 2);
    const sheet = emu.globals.SpreadsheetApp.getActiveSheet();
    const range = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getRange("A1");
    range.setValue(1);
    expect(() => sheet.getRange("A1")).toThrow();
    expect(() => sheet.getName()).toThrow();
    expect(sheet.getName()).toBe("Sheet1");
  });

  it("fails properties and other services with Google's generic server error", () => {
    const emu = createEmulator();
    emu.faults.failNext("Properties.setProperty");
    const props = emu.globals.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty("k", "v")).toThrow("We're sorry, a server error occurred. Please wait a bit and try again.");
    expect(props.getProperty("k")).toBeNull();
  });

  it("a lost reply still counts the call and leaves its effect", () => {
    const emu = createEmulator();
    emu.faults.failCall(1, { lostReply: true, message: "Timed out" });
    const props = emu.globals.PropertiesService;
    expect(() => props.getDocumentProperties()).toThrow("Timed out");
    expect(emu.calls.count("PropertiesService.getDocumentProperties")).toBe(1);
  });

  it("lists the calls in order, so call k of an operation can be named", () => {
    const emu = createEmulator();
    const before = emu.calls.snapshot();
    emu.globals.SpreadsheetApp.getActiveSheet().getRange("A1").getValue();
    expect(emu.calls.sequence().slice(before.total)).toEqual(["SpreadsheetApp.getActiveSheet", "Sheet.getRange", "Range.getValue"]);
  });
});
