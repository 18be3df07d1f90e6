import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../src/domain/plan/canonical-json";

/** The definition: every object copied with its keys sorted, then JSON. canonicalJson copies only what is out of order. */
function reference(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === "object") {
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) copy[key] = sorted((v as Record<string, unknown>)[key]);
      return copy;
    }
    return v;
  };
  return JSON.stringify(sorted(value));
}

describe("canonicalJson", () => {
  it("gives the same text for the same content, whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 3, e: 4 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 4, f: 3 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it("writes exactly the text hashes were recorded with, for any value (Dates, null prototypes, __proto__ keys, nesting)", () => {
    const values = fc.anything({
      withDate: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withBoxedValues: true,
    });
    fc.assert(
      fc.property(values, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves a key named __proto__ out, as the first version did, so hashes of such content stay the same", () => {
    const value = JSON.parse('{"__proto__":{"x":1},"a":1}');
    expect(canonicalJson(value)).toBe(reference(value));
    expect(canonicalJson([value, { ok: [value] }])).toBe(reference([value, { ok: [value] }]));
  });
});
