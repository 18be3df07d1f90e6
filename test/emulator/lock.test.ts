import { describe, expect, it } from "vitest";
import { EXCEEDED_MESSAGE, createEmulator } from "../../emulator";

// Acquire / release order with flush and the basic timeout are in services.test.ts.
const TIMEOUT = "Lock timeout: another process was holding the lock for too long.";
const start = Date.parse("2025-06-01T09:00:00Z");

describe("Lock (developers.google.com/apps-script/reference/lock/lock)", () => {
  it("hasLock is false until tryLock or waitLock succeeds, and after releaseLock", () => {
    const { LockService } = createEmulator().globals;
    const lock = LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it("acquiring a lock this execution holds again succeeds at once", () => {
    const emu = createEmulator({ now: () => new Date(start) });
    const lock = emu.globals.LockService.getDocumentLock();
    lock.waitLock(10_000);
    expect(lock.tryLock(10_000)).toBe(true);
    lock.waitLock(10_000);
    expect(emu.clock.now().getTime()).toBe(start);
    expect(emu.events.filter((e) => e.type === "lock")).toHaveLength(1);
  });

  it("releaseLock without the lock has no effect, and records nothing", () => {
    const emu = createEmulator();
    emu.globals.LockService.getDocumentLock().releaseLock();
    expect(emu.events).toEqual([]);
  });

  it("a failed tryLock waits its whole timeout on the emulator clock, then returns false", () => {
    const emu = createEmulator({ now: () => new Date(start) });
    emu.holdLock("script", "other run");
    expect(emu.globals.LockService.getScriptLock().tryLock(2500)).toBe(false);
    expect(emu.clock.now().getTime() - start).toBe(2500);
  });

  it("a failed waitLock throws Apps Script's message after its timeout and records a lock-timeout", () => {
    const emu = createEmulator({ now: () => new Date(start) });
    emu.holdLock("document", "other run");
    expect(() => emu.globals.LockService.getDocumentLock().waitLock(10_000)).toThrow(TIMEOUT);
    expect(emu.clock.now().getTime() - start).toBe(10_000);
    expect(emu.events.at(-1)).toMatchObject({ type: "lock-timeout", kind: "document" });
  });

  it("is free again once the other execution releases it", () => {
    const emu = createEmulator();
    const release = emu.holdLock("document", "other run");
    const lock = emu.globals.LockService.getDocumentLock();
    expect(lock.tryLock(0)).toBe(false);
    release();
    lock.waitLock(0);
    expect(lock.hasLock()).toBe(true);
  });
});

describe("the three locks (LockService reference)", () => {
  it("keeps document, script and user locks apart", () => {
    const emu = createEmulator();
    emu.holdLock("document", "other run");
    const { LockService } = emu.globals;
    expect([
      LockService.getDocumentLock().tryLock(0),
      LockService.getScriptLock().tryLock(0),
      LockService.getUserLock().tryLock(0),
    ]).toEqual([false, true, true]);
  });

  it("gives each user a lock of their own", () => {
    const emu = createEmulator({ user: "ana@example.com" });
    emu.holdLock("user", "ana's other run");
    emu.setUser("bob@example.com");
    expect(emu.globals.LockService.getUserLock().tryLock(0)).toBe(true);
    emu.setUser("ana@example.com");
    expect(emu.globals.LockService.getUserLock().tryLock(0)).toBe(false);
  });
});

describe("locks and execution budgets", () => {
  it("a wait for a held lock counts against a simple trigger's 30 seconds", () => {
    const emu = createEmulator();
    emu.holdLock("document", "other run");
    expect(() => emu.runTrigger("onEdit", () => emu.globals.LockService.getDocumentLock().tryLock(31_000))).toThrow(EXCEEDED_MESSAGE);
  });

  it("charges each lock call 50 ms to the projected clock (an estimate: no public measurement)", () => {
    const emu = createEmulator();
    const lock = emu.globals.LockService.getScriptLock();
    const before = emu.clock.projectedMs();
    lock.tryLock(0);
    lock.releaseLock();
    expect(emu.clock.projectedMs() - before).toBe(100);
  });

  it("is allowed in AuthMode.LIMITED and needs no scope", () => {
    const emu = createEmulator({ manifest: { oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly"] } });
    expect(emu.runTrigger("onEdit", () => emu.globals.LockService.getDocumentLock().tryLock(0))).toBe(true);
  });
});
