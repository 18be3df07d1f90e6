import { describe, expect, it } from "vitest";
import { EXCEEDED_MESSAGE, LATENCY, createEmulator } from "../../emulator";

const fixedClock = () => new Date("2025-06-01T09:00:00Z");

describe("the projected clock", () => {
  it("charges per-cell writes far more than one batched write, as DESIGN section 7 measures", () => {
    const perCell = createEmulator({ now: fixedClock });
    const sheet = perCell.globals.SpreadsheetApp.getActiveSheet();
    for (let r = 1; r <= 100; r++) for (let c = 1; c <= 26; c++) sheet.getRange(r, c).setBackground("#ff0000");
    const batched = createEmulator({ now: fixedClock });
    const colours = Array.from({ length: 100 }, () => Array.from({ length: 26 }, () => "#ff0000"));
    batched.globals.SpreadsheetApp.getActiveSheet().getRange(1, 1, 100, 26).setBackgrounds(colours);
    // 2,600 cells: ~21 s one by one, well under a second batched.
    expect(perCell.clock.projectedMs()).toBeGreaterThan(15_000);
    expect(batched.clock.projectedMs()).toBeLessThan(1_000);
  });

  it("charges documented figures for properties, cache and flush", () => {
    const emu = createEmulator();
    const before = emu.clock.projectedMs();
    const props = emu.globals.PropertiesService.getScriptProperties();
    props.setProperty("k", "v");
    props.getProperty("k");
    emu.globals.CacheService.getScriptCache().get("k");
    emu.globals.SpreadsheetApp.flush();
    expect(emu.clock.projectedMs() - before).toBe(LATENCY.propertiesWrite + LATENCY.propertiesRead + LATENCY.cacheRead + LATENCY.flush);
  });

  it("leaves now() alone unless asked to move it", () => {
    const still = createEmulator({ now: fixedClock });
    still.globals.SpreadsheetApp.flush();
    expect(still.clock.now().toISOString()).toBe("2025-06-01T09:00:00.000Z");
    const moving = createEmulator({ now: fixedClock, chargeLatencyToClock: true });
    moving.globals.SpreadsheetApp.flush();
    expect(moving.clock.now().getTime() - fixedClock().getTime()).toBe(LATENCY.flush);
  });

  it("is kept in the saved state", () => {
    const emu = createEmulator();
    emu.globals.SpreadsheetApp.flush();
    expect(createEmulator({ state: emu.saveState() }).clock.projectedMs()).toBe(LATENCY.flush);
  });
});

describe("execution budgets", () => {
  const flushes = (emu: ReturnType<typeof createEmulator>, n: number) => {
    for (let i = 0; i < n; i++) emu.globals.SpreadsheetApp.flush();
  };

  it("stops a simple trigger past 30 s with Apps Script's message", () => {
    const emu = createEmulator();
    const past = Math.floor(30_000 / LATENCY.flush) + 1;
    expect(() => emu.runTrigger("onEdit", () => flushes(emu, past + 10))).toThrow(EXCEEDED_MESSAGE);
    expect(EXCEEDED_MESSAGE).toBe("Exceeded maximum execution time");
    // The first flush past 30 s is the last call made.
    expect(emu.calls.count("SpreadsheetApp.flush")).toBe(past);
  });

  it("ends the execution even when the script catches the error, as Google kills it", () => {
    const emu = createEmulator();
    let calls = 0;
    const run = () =>
      emu.runTrigger("onEdit", () => {
        try {
          flushes(emu, Math.ceil(30_000 / LATENCY.flush) + 10);
        } catch {
          calls++;
        }
        // Every further call fails too.
        emu.globals.PropertiesService.getDocumentProperties();
      });
    expect(run).toThrow(EXCEEDED_MESSAGE);
    expect(calls).toBe(1);
    expect(emu.executions().at(-1)).toMatchObject({ kind: "onEdit", authMode: "LIMITED", budgetMs: 30_000, exceeded: true });
  });

  it("gives sidebar calls and installable triggers 6 minutes", () => {
    const emu = createEmulator();
    const minute = 60_000 / LATENCY.flush;
    emu.runAs("sidebar", () => flushes(emu, minute));
    emu.runTrigger("installable", () => flushes(emu, minute));
    expect(() => emu.runAs("sidebar", () => flushes(emu, 6 * minute + 1))).toThrow(EXCEEDED_MESSAGE);
    expect(emu.executions().map((x) => [x.kind, x.elapsedMs])).toEqual([
      ["sidebar", 60_000],
      ["installable", 60_000],
      ["sidebar", 360_000 + LATENCY.flush],
    ]);
  });

  it("counts time spent sleeping", () => {
    const emu = createEmulator();
    expect(() => emu.runTrigger("onEdit", () => emu.globals.Utilities.sleep(31_000))).toThrow(EXCEEDED_MESSAGE);
  });

  it("does not limit calls made outside runTrigger / runAs, or with enforceBudgets off", () => {
    // 36 s of flushes: past a simple trigger's 30.
    const many = 36_000 / LATENCY.flush;
    const outside = createEmulator();
    flushes(outside, many);
    const lax = createEmulator({ enforceBudgets: false });
    lax.runTrigger("onEdit", () => flushes(lax, many));
    expect(lax.executions()[0]).toMatchObject({ elapsedMs: 36_000, exceeded: false });
  });
});
