import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// The event's fields, multi-cell edits, pastes from one cell, rejecting rules and protections are in state-and-edits.test.ts.
describe("simulateEdit: a person typing (developers.google.com/apps-script/guides/triggers/events#edit)", () => {
  it("gives value and oldValue as strings: booleans as TRUE / FALSE, dates as serial numbers", () => {
    const emu = createEmulator({ timeZone: "Etc/UTC" });
    emu.simulateEdit("Sheet1", "A1", [["true"]]);
    const e = emu.simulateEdit("Sheet1", "A1", [["2025-06-01"]]);
    expect([e.oldValue, e.value]).toEqual(["TRUE", "45809"]);
  });

  it("leaves oldValue out for a cell that was empty, and value out when the cell is emptied", () => {
    const emu = createEmulator();
    const first = emu.simulateEdit("Sheet1", "A1", [["x"]]);
    const cleared = emu.simulateEdit("Sheet1", "A1", [[""]]);
    expect(["oldValue" in first, first.value, cleared.oldValue, "value" in cleared]).toEqual([false, "x", "x", false]);
  });

  it("types a percentage with its number format, and keeps text in a plain-text cell", () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActiveSheet();
    sheet.getRange("B1").setNumberFormat("@");
    emu.simulateEdit("Sheet1", "A1:B1", [["45%", "007"]]);
    expect([sheet.getRange("A1").getValue(), sheet.getRange("A1").getNumberFormat(), sheet.getRange("B1").getValue()]).toEqual([
      0.45,
      "0%",
      "007",
    ]);
  });

  it("grows the sheet for a paste past its edge, and selects what was pasted", () => {
    const emu = createEmulator();
    const rows = Array.from({ length: 3 }, () => ["a", "b"]);
    const e = emu.simulateEdit("Sheet1", "Z999", rows);
    const sheet = emu.globals.SpreadsheetApp.getActiveSheet();
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), e.range.getA1Notation()]).toEqual([1001, 27, "Z999:AA1001"]);
    expect(emu.globals.SpreadsheetApp.getActiveRange().getA1Notation()).toBe("Z999:AA1001");
  });

  it("is the host's own act: it counts no service call and charges no latency", () => {
    const emu = createEmulator();
    emu.simulateEdit("Sheet1", "A1", [["x"]]);
    expect([emu.calls.total(), emu.clock.projectedMs()]).toEqual([0, 0]);
  });

  it("refuses, as a host error, values that do not fit the range, or a sheet that does not exist", () => {
    const emu = createEmulator();
    expect(() => emu.simulateEdit("Sheet1", "A1:B1", [["x"]])).toThrow("simulateEdit: values are 1x1 but A1:B1 is 1x2");
    expect(() => emu.simulateEdit("Nope", "A1", [["x"]])).toThrow('simulateEdit: no sheet named "Nope"');
    expect(() => emu.setActiveRange("Nope", "A1")).toThrow('setActiveRange: no sheet named "Nope"');
  });

  it("keeps a typed formula as the cell's formula and passes it as the event's value", () => {
    const emu = createEmulator();
    const e = emu.simulateEdit("Sheet1", "A1", [["=B1*2"]]);
    expect([e.value, emu.globals.SpreadsheetApp.getActiveSheet().getRange("A1").getFormula()]).toEqual(["=B1*2", "=B1*2"]);
  });
});
