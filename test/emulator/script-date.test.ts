import { Script, createContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

const start = new Date("2025-06-01T09:00:00Z");

describe("the script's Date on the emulator clock (scriptDate option)", () => {
  it("gives script code emulated time, which tests can move forward", () => {
    const emu = createEmulator({ now: () => start, scriptDate: true });
    const context = createContext({ ...emu.globals });
    emu.bindRealm(context);
    const read = () => new Script("[new Date().toISOString(), Date.now()]").runInContext(context);
    expect(read()).toEqual(["2025-06-01T09:00:00.000Z", start.getTime()]);
    emu.clock.advance(3 * 86_400_000);
    expect(read()).toEqual(["2025-06-04T09:00:00.000Z", start.getTime() + 3 * 86_400_000]);
  });

  it("keeps Date's other behaviour: arguments, parse, instanceof, dates from the emulator", () => {
    const emu = createEmulator({ now: () => start, scriptDate: true });
    const context = createContext({ ...emu.globals });
    emu.bindRealm(context);
    emu.globals.SpreadsheetApp.getActiveSheet().getRange("A1").setValue(new Date("2024-01-02T00:00:00Z"));
    const result = new Script(`[
      new Date(2020, 0, 1).getFullYear(),
      Date.parse("2020-01-01T00:00:00Z"),
      SpreadsheetApp.getActiveSheet().getRange("A1").getValue() instanceof Date,
      new Date() instanceof Date,
      typeof Date(),
    ]`).runInContext(context);
    expect(result).toEqual([2020, 1577836800000, true, true, "string"]);
  });

  it("is off by default: globals carry no Date", () => {
    expect(createEmulator().globals.Date).toBeUndefined();
  });
});
