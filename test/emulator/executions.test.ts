import { describe, expect, it } from "vitest";
import { EXCEEDED_MESSAGE, EXECUTION_BUDGET_MS, LATENCY, SIMPLE_TRIGGER_BUDGET_MS, createEmulator } from "../../emulator";

// Budgets of onEdit, sidebar and installable runs, sleeps and caught timeouts are in latency-and-budgets.test.ts;
// what each mode may call in auth-modes.test.ts.
describe("runTrigger and runAs (developers.google.com/apps-script/guides/services/quotas, AuthMode reference)", () => {
  it("runs each entry point in its mode with its budget, and records it", () => {
    const emu = createEmulator();
    emu.runTrigger("onOpen", () => undefined);
    emu.runTrigger("onSelectionChange", () => undefined);
    emu.runTrigger("onInstall", () => undefined);
    emu.runAs("editor", () => undefined);
    expect(emu.executions().map((x) => [x.kind, x.authMode, x.budgetMs])).toEqual([
      ["onOpen", "NONE", SIMPLE_TRIGGER_BUDGET_MS],
      ["onSelectionChange", "LIMITED", SIMPLE_TRIGGER_BUDGET_MS],
      ["onInstall", "FULL", SIMPLE_TRIGGER_BUDGET_MS],
      ["editor", "FULL", EXECUTION_BUDGET_MS],
    ]);
    expect([SIMPLE_TRIGGER_BUDGET_MS, EXECUTION_BUDGET_MS]).toEqual([30_000, 360_000]);
  });

  it("passes the event on with its authMode and returns what the function returns", () => {
    const emu = createEmulator();
    const got = emu.runTrigger("installable", (e) => [String(e.authMode), e.source], { source: "form" });
    expect(got).toEqual(["FULL", "form"]);
  });

  it("enables the add-on in the document once a sidebar call ran, so onOpen then runs in LIMITED", () => {
    const emu = createEmulator();
    expect(emu.auth.addonEnabled()).toBe(false);
    emu.runAs("sidebar", () => undefined);
    expect(emu.auth.addonEnabled()).toBe(true);
    expect(emu.runTrigger("onOpen", (e) => String(e.authMode))).toBe("LIMITED");
    expect(createEmulator({ state: emu.saveState() }).auth.addonEnabled()).toBe(true);
  });

  it("does not enable the add-on from an editor run or a trigger", () => {
    const emu = createEmulator();
    emu.runAs("editor", () => undefined);
    emu.runTrigger("installable", () => undefined);
    expect(emu.auth.addonEnabled()).toBe(false);
  });

  it("gives onInstall a simple trigger's 30 seconds though it runs in FULL", () => {
    const emu = createEmulator();
    expect(() => emu.runTrigger("onInstall", () => emu.clock.advance(30_001))).toThrow(EXCEEDED_MESSAGE);
  });

  it("times executions on the moving clock alone when latency is charged to it", () => {
    const emu = createEmulator({ chargeLatencyToClock: true });
    emu.runAs("sidebar", () => {
      for (let i = 0; i < 10; i++) emu.globals.SpreadsheetApp.flush();
    });
    expect(emu.executions()[0].elapsedMs).toBe(10 * LATENCY.flush);
  });

  it("restores the outer mode after a nested run", () => {
    const emu = createEmulator();
    const modes = emu.runTrigger("onEdit", () => {
      const inner = emu.runAs("sidebar", () => emu.auth.mode());
      return [inner, emu.auth.mode()];
    });
    expect(modes).toEqual(["FULL", "LIMITED"]);
    expect(emu.auth.mode()).toBe("FULL");
  });
});
