import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Expiry with an explicit time, getAll, removeAll and the over-limit messages are in services.test.ts.
const start = Date.parse("2025-06-01T09:00:00Z");
const setup = () => {
  const emu = createEmulator({ now: () => new Date(start) });
  return { emu, cache: emu.globals.CacheService.getDocumentCache() };
};
const SECOND = 1000;

describe("Cache expiry (developers.google.com/apps-script/reference/cache/cache)", () => {
  it("keeps a value 600 seconds by default", () => {
    const { emu, cache } = setup();
    cache.put("k", "v");
    emu.clock.advance(599 * SECOND);
    expect(cache.get("k")).toBe("v");
    emu.clock.advance(SECOND);
    expect(cache.get("k")).toBeNull();
  });

  it("keeps a value at most 21,600 seconds (6 hours), however long it was asked for", () => {
    const { emu, cache } = setup();
    cache.put("k", "v", 86_400);
    emu.clock.advance(21_599 * SECOND);
    expect(cache.get("k")).toBe("v");
    emu.clock.advance(SECOND);
    expect(cache.get("k")).toBeNull();
  });

  it("keeps a value at least 1 second", () => {
    const { emu, cache } = setup();
    cache.put("k", "v", 0);
    expect(cache.get("k")).toBe("v");
    emu.clock.advance(SECOND);
    expect(cache.get("k")).toBeNull();
  });

  it("renews the expiry when a key is written again", () => {
    const { emu, cache } = setup();
    cache.put("k", "old", 60);
    emu.clock.advance(50 * SECOND);
    cache.putAll({ k: "new" }, 60);
    emu.clock.advance(50 * SECOND);
    expect(cache.get("k")).toBe("new");
  });

  it("keeps entries and their expiry in the saved state", () => {
    const { emu, cache } = setup();
    cache.put("k", "v", 60);
    const again = createEmulator({ now: () => new Date(start), state: JSON.parse(JSON.stringify(emu.saveState())) });
    const restored = again.globals.CacheService.getDocumentCache();
    expect(restored.get("k")).toBe("v");
    again.clock.advance(60 * SECOND);
    expect(restored.get("k")).toBeNull();
  });
});

describe("Cache limits (Cache reference, put and putAll)", () => {
  it("accepts a 250-character key and a 100 KB value, refusing one more of either", () => {
    const { cache } = setup();
    cache.put("k".repeat(250), "x".repeat(100 * 1024));
    expect(cache.get("k".repeat(250))).toHaveLength(100 * 1024);
    expect(() => cache.put("k".repeat(251), "v")).toThrow("Argument too large: key");
    expect(() => cache.put("k", "x".repeat(100 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => cache.putAll({ ["k".repeat(251)]: "v" })).toThrow("Argument too large: key");
  });

  it("counts the value's UTF-8 bytes", () => {
    const { cache } = setup();
    expect(() => cache.put("k", "é".repeat(51_201))).toThrow("Argument too large: value");
  });

  it("past 1,000 items keeps the 900 farthest from expiration", () => {
    const { cache } = setup();
    const soon = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`soon${i}`, "v"]));
    const later = Object.fromEntries(Array.from({ length: 801 }, (_, i) => [`later${i}`, "v"]));
    cache.putAll(soon, 60);
    cache.putAll(later, 3600);
    const kept = cache.getAll([...Object.keys(soon), ...Object.keys(later)]);
    expect(Object.keys(kept)).toHaveLength(900);
    expect(Object.keys(kept).filter((k) => k.startsWith("later"))).toHaveLength(801);
  });

  it("does not evict while expired items make room", () => {
    const { emu, cache } = setup();
    cache.putAll(Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`old${i}`, "v"])), 60);
    emu.clock.advance(60 * SECOND);
    cache.putAll(Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`new${i}`, "v"])), 60);
    expect(Object.keys(cache.getAll(Array.from({ length: 600 }, (_, i) => `new${i}`)))).toHaveLength(600);
  });
});

describe("the three caches", () => {
  it("keeps document, script and each user's cache apart", () => {
    const emu = createEmulator({ user: "ana@example.com" });
    const { CacheService } = emu.globals;
    CacheService.getDocumentCache().put("k", "doc");
    CacheService.getScriptCache().put("k", "script");
    CacheService.getUserCache().put("k", "ana");
    emu.setUser("bob@example.com");
    expect([
      CacheService.getDocumentCache().get("k"),
      CacheService.getScriptCache().get("k"),
      CacheService.getUserCache().get("k"),
    ]).toEqual(["doc", "script", null]);
  });

  it("stores strings: a number comes back as text, a missing key as null", () => {
    const { cache } = setup();
    cache.put("n", 12 as unknown as string);
    cache.remove("missing");
    expect([cache.get("n"), cache.get("missing")]).toEqual(["12", null]);
  });

  it("charges a read 3 ms and a write 93 ms to the projected clock (ziritione.org averages)", () => {
    const { emu, cache } = setup();
    const before = emu.clock.projectedMs();
    cache.put("k", "v");
    cache.get("k");
    expect(emu.clock.projectedMs() - before).toBe(96);
  });
});
