import { describe, expect, it } from "vitest";
import { toBoolean, toDate, toDuration, toEmail, toEnumValue, toList, toNumber, toText } from "../../../src/domain/schema/cell-values";

describe("cell coercions read what Sheets really holds", () => {
  it.each([
    [12, 12],
    ["12", 12],
    [" 1,234.5 ", 1234.5],
    ["45%", 45],
    ["-3", -3],
  ])("number %j -> %j", (cell, expected) => {
    expect(toNumber(cell)).toEqual({ ok: true, value: expected });
  });

  it.each(["abc", "12 apples", NaN, Infinity, true])("refuses %j as a number with the cell shown", (cell) => {
    const result = toNumber(cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/^must be a number \(got /);
  });

  it("reads Date cells and ISO text as dates, refusing impossible days", () => {
    expect(toDate(new Date(Date.UTC(2025, 5, 1)))).toEqual({ ok: true, value: new Date(Date.UTC(2025, 5, 1)) });
    expect(toDate("2025-06-01")).toEqual({ ok: true, value: new Date(Date.UTC(2025, 5, 1)) });
    expect(toDate("2025-02-30").ok).toBe(false);
    expect(toDate("06/01/25").ok).toBe(false);
  });

  it("reads checkbox booleans and typed yes/no", () => {
    expect(toBoolean(true)).toEqual({ ok: true, value: true });
    expect(toBoolean("FALSE")).toEqual({ ok: true, value: false });
    expect(toBoolean("maybe").ok).toBe(false);
  });

  it("splits comma lists, trimming stray whitespace and empty items", () => {
    expect(toList(" web, email ,,in-app ")).toEqual(["web", "email", "in-app"]);
    expect(toList("")).toEqual([]);
  });

  it("matches enum values case-insensitively and names the allowed values when it cannot", () => {
    expect(toEnumValue(" Email ", ["web", "email"])).toEqual({ ok: true, value: "email" });
    expect(toEnumValue("numbr", ["string", "number"])).toEqual({ ok: false, problem: 'must be one of string, number (got "numbr")' });
  });

  it("checks emails and durations", () => {
    expect(toEmail("ana@example.com").ok).toBe(true);
    expect(toEmail("ana at example").ok).toBe(false);
    expect(toDuration("30D")).toEqual({ ok: true, value: { text: "30d", hours: 720 } });
    expect(toDuration("2 months").ok).toBe(false);
  });

  it("never dumps a huge cell into a message", () => {
    const result = toNumber("x".repeat(1_000_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.length).toBeLessThan(80);
  });

  it("renders dates as ISO days and drops NaN", () => {
    expect(toText(new Date(Date.UTC(2026, 0, 2)))).toBe("2026-01-02");
    expect(toText(NaN)).toBe("");
  });
});
