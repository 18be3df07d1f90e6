import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Length } from "../../../src/domain/storage/utf8";

describe("utf8Length", () => {
  it("counts UTF-8 bytes as Drive stores them, lone surrogates included (Node's Buffer is the reference)", () => {
    const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(fc.oneof(anyUtf16, fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
      }),
      { numRuns: 2000 },
    );
  });
});
