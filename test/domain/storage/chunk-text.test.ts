import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkText } from "../../../src/domain/storage/chunk-text";
import { utf8Length } from "../../../src/domain/storage/utf8";

describe("chunkText cuts text to fit per-value byte limits", () => {
  it("joins back to the same text, every part within the limit, never splitting a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 4, max: 64 }), (text, max) => {
        const parts = chunkText(text, max);
        expect(parts.join("")).toBe(text);
        for (const part of parts) {
          expect(utf8Length(part)).toBeLessThanOrEqual(max);
          expect(part).toBe(Buffer.from(part, "utf8").toString("utf8"));
        }
      }),
    );
  });
});
