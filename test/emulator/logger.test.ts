import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// %s substitution and console.warn with an object are in services.test.ts.
const start = Date.parse("2025-06-01T09:00:00Z");

describe("Logger (developers.google.com/apps-script/reference/base/logger)", () => {
  it("returns its own lines from getLog, and clear empties them but not console's", () => {
    const emu = createEmulator();
    const { Logger, console } = emu.globals;
    Logger.log("one").log("%d rows", 3);
    console.info("from console");
    expect(Logger.getLog()).toBe("one\n3 rows");
    Logger.clear();
    expect(Logger.getLog()).toBe("");
    expect(emu.logs.map((l) => [l.source, l.level, l.message])).toEqual([["console", "info", "from console"]]);
  });

  it("leaves a placeholder without an argument as written, and joins plain arguments with spaces", () => {
    const emu = createEmulator();
    emu.globals.Logger.log("%s and %s", "a");
    emu.globals.Logger.log("a", 1, [2]);
    expect(emu.logs.map((l) => l.message)).toEqual(["a and %s", "a 1 [ 2 ]"]);
  });

  it("stamps each entry with the emulator clock", () => {
    const emu = createEmulator({ now: () => new Date(start) });
    emu.clock.advance(5000);
    emu.globals.Logger.log("x");
    expect(emu.logs[0].at).toBe(start + 5000);
  });

  it("is allowed in AuthMode.NONE, and Logger calls are counted while console calls are not", () => {
    const emu = createEmulator();
    emu.runTrigger("onOpen", () => {
      emu.globals.Logger.log("opened");
      emu.globals.console.log("also");
    });
    expect([emu.calls.count("Logger.log"), emu.calls.total(), emu.logs.length]).toEqual([1, 1, 2]);
  });
});

describe("console", () => {
  it("times a label on the emulator clock", () => {
    const emu = createEmulator({ now: () => new Date(start) });
    emu.globals.console.time("export");
    emu.globals.Utilities.sleep(1500);
    emu.globals.console.timeEnd("export");
    expect(emu.logs.at(-1)?.message).toBe("export: 1500ms");
  });
});
