import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatch, daysSince, editDistance, hoursSince, parseIsoDate } from "../../../src/domain/logic";

describe("dates", () => {
  it("parses ISO dates and timestamps, rejecting impossible ones", () => {
    expect(parseIsoDate("2025-06-01")?.toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(parseIsoDate("2025-06-01T09:30")?.toISOString()).toBe("2025-06-01T09:30:00.000Z");
    expect(parseIsoDate("2025-06-01T09:30:15.5+02:00")?.toISOString()).toBe("2025-06-01T07:30:15.500Z");
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("2025-02-29")).toBeNull();
    expect(parseIsoDate("2025-13-01")).toBeNull();
    expect(parseIsoDate("0099-01-01")?.getUTCFullYear()).toBe(99);
    expect(parseIsoDate("June 1")).toBeNull();
  });

  it("counts UTC calendar days and whole elapsed hours", () => {
    const now = new Date("2025-06-15T00:30:00Z");
    expect(daysSince(new Date("2025-06-14T23:59:00Z"), now)).toBe(1); // yesterday, 31 minutes ago
    expect(daysSince(new Date("2025-06-15T00:00:00Z"), now)).toBe(0);
    expect(daysSince(new Date("2025-06-20T00:00:00Z"), now)).toBe(-5);
    expect(daysSince("2025-06-01", now)).toBe(14);
    expect(daysSince(null, now)).toBeNull();
    expect(hoursSince(new Date("2025-06-14T23:59:00Z"), now)).toBe(0);
    expect(hoursSince(new Date("2025-06-14T21:00:00Z"), now)).toBe(3);
    expect(hoursSince(new Date("2025-06-15T01:00:00Z"), now)).toBe(-1);
  });
});

describe("suggestions", () => {
  it("counts a swap as one edit", () => {
    expect(editDistance("signup_date", "singup_date")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("suggests the closest ID only when it is close", () => {
    expect(closestMatch("signup_dat", ["seats_used", "signup_date"])).toBe("signup_date");
    expect(closestMatch("Country", ["country"])).toBe("country");
    expect(closestMatch("zzz", ["country", "plan"])).toBeUndefined();
  });
});

describe("bounded edit distance", () => {
  it("equals the full distance capped at the bound + 1", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(6), (a, b, bound) => {
        expect(editDistance(a, b, bound)).toBe(Math.min(editDistance(a, b), bound + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
