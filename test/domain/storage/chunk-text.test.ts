import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkText, utf8Bytes } from "../../../src/domain/storage/chunk-text";

describe("chunkText cuts text to fit per-value byte limits", () => {
  it("joins back to the same text, every part within the limit, never splitting a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 4, max: 64 }), (text, max) => {
        const parts = chunkText(text, max);
        expect(parts.join("")).toBe(text);
        for (const part of parts) {
          expect(utf8Bytes(part)).toBeLessThanOrEqual(max);
          expect(part).toBe(Buffer.from(part, "utf8").toString("utf8"));
        }
      }),
    );
  });

  it("counts bytes as UTF-8 does", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => utf8Bytes(text) === Buffer.byteLength(text, "utf8")));
  });
});
