import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Property (9 KB / 500 KB) and cache (100 KB, 250 characters, 1,000 items) limits are pinned in properties.test.ts and
// cache.test.ts, the 10 MB text content and 20-trigger limits in drive-and-triggers.test.ts, sleep's in utilities.test.ts.
describe("the 50 MB Blob limit", () => {
  const limit = 50 * 1024 * 1024;

  it("accepts a blob of exactly 50 MB and refuses one byte more", () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.newBlob("x".repeat(limit)).getDataAsString().length).toBe(limit);
    expect(() => Utilities.newBlob("x".repeat(limit + 1))).toThrow("Blob is larger than the 50 MB limit.");
  });

  it("applies when a blob grows", () => {
    const { Utilities } = createEmulator().globals;
    const blob = Utilities.newBlob("small");
    expect(() => blob.setDataFromString("x".repeat(limit + 1))).toThrow("50 MB");
    expect(blob.getDataAsString()).toBe("small");
  });
});
