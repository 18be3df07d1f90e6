import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// Property (9 KB / 500 KB), cache (100 KB), 10 MB text content and 20-trigger limits are pinned in services.test.ts and drive-and-triggers.test.ts.
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
