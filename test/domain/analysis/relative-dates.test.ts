import { describe, expect, it } from "vitest";
import { parsePerson } from "../../../src/domain/analysis/profile-tests";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw } from "../../fixtures/example-workbook";
import { SAMPLE_ATTRIBUTES } from "../logic/sample";

const NOW = new Date("2026-12-01T15:30:00Z");

describe("Person cells take dates relative to the validation's time", () => {
  it.each([
    ["signup_date = today", "signup_date", "2026-12-01T00:00:00.000Z"],
    ["signup_date = today - 3d", "signup_date", "2026-11-28T00:00:00.000Z"],
    ["signup_date = TODAY + 2w", "signup_date", "2026-12-15T00:00:00.000Z"],
    ["last_seen_at = now - 2h", "last_seen_at", "2026-12-01T13:30:00.000Z"],
    ["last_seen_at = now-1d", "last_seen_at", "2026-11-30T15:30:00.000Z"],
    ["last_seen_at = today - 1d", "last_seen_at", "2026-11-30T00:00:00.000Z"],
  ])("%s", (text, id, iso) => {
    const parsed = parsePerson(text, SAMPLE_ATTRIBUTES, NOW);
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    expect((parsed.person[id] as Date).toISOString()).toBe(iso);
    expect(parsed.fixedDates).toEqual([]);
  });

  it("names the attributes given a calendar date", () => {
    const parsed = parsePerson('signup_date = 2025-06-01; last_seen_at = now; plan = "free"', SAMPLE_ATTRIBUTES, NOW);
    expect(parsed.ok && parsed.fixedDates).toEqual(["signup_date"]);
  });

  it.each([
    ["signup_date = today - 2h", /today moves in days or weeks \(today - 3d\); for hours write now - 2h/],
    ["signup_date = now - 2h", /signup_date is a date, now - 2h is a timestamp/],
    ["signup_date = today - 3x", /Write a relative date as today - 3d/],
  ])("refuses %s with a message that says what to write", (text, message) => {
    const parsed = parsePerson(text, SAMPLE_ATTRIBUTES, NOW);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0].message).toMatch(message);
  });
});

describe("profile tests run at the validation's time (DESIGN section 8)", () => {
  const withTest = (person: string, expected: string) => {
    const example = exampleWorkbook();
    example.sheets["Profile tests"].push({ "Test ID": "T-9", "Profile ID": "new-free-users", Person: person, Expected: expected });
    return toRaw(example);
  };
  const at = (raw: ReturnType<typeof withTest>, now: Date, code: string) =>
    validateWorkbook(raw, { now }).findings.filter((f) => f.code === code && f.sheet === "Profile tests");

  it("a relative signup date keeps a test passing on any day", () => {
    const raw = withTest('plan = "free"; signup_date = today - 3d; onboarding_done = false', "member");
    for (const now of [NOW, new Date("2027-06-01T00:00:00Z"), new Date("2031-01-01T00:00:00Z")]) {
      expect(at(raw, now, "TEST_FAILED")).toEqual([]);
      expect(at(raw, now, "TEST_CALENDAR")).toEqual([]);
    }
  });

  it("a fixed date that passes today but not next month gets a warning saying so, on the Person cell", () => {
    const raw = withTest('plan = "free"; signup_date = 2026-11-28; onboarding_done = false', "member");
    expect(at(raw, NOW, "TEST_FAILED")).toEqual([]);
    expect(at(raw, NOW, "TEST_CALENDAR")).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 6,
        column: "Person",
        message:
          "This test depends on the calendar: signup_date is a fixed date, so it gives member today but not eligible from 2026-12-31. Write signup_date relative to the validation's time, e.g. signup_date = today - 3d (or now - 2h for a time), so the test does not go stale.",
      }),
    ]);
    // And the day it said, it fails.
    expect(at(raw, new Date("2026-12-31T15:30:00Z"), "TEST_FAILED")).toHaveLength(1);
  });

  it("a fixed date long past, whose result can no longer change, is fine", () => {
    const raw = withTest('plan = "free"; signup_date = 2000-01-01; onboarding_done = false', "not eligible");
    expect(at(raw, NOW, "TEST_CALENDAR")).toEqual([]);
  });
});
