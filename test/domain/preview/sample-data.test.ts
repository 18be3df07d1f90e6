import { describe, expect, it } from "vitest";
import { parseCsv, parseSampleData, planSample } from "../../../src/domain/preview";
import { SAMPLE_ATTRIBUTE_LIST } from "../logic/sample";

const HEADER = ["plan", "signup_date", "last_seen_at", "onboarding_done", "seats_used", "mrr", "country", "features_used", "email"];

describe("sample data", () => {
  it("reads each column by its attribute's type, empty cells as missing", () => {
    const { people, problems } = parseSampleData(
      [
        HEADER,
        ["free", "2025-06-05", "2025-06-15T09:00:00Z", "false", "1", "0", "DE", "export, share", "alice@example.com"],
        ["pro", new Date("2024-12-01T00:00:00Z"), "", true, 12, 499.5, "US", "[]", ""],
      ],
      SAMPLE_ATTRIBUTE_LIST,
    );
    expect(problems).toEqual([]);
    expect(people[0]).toEqual({
      plan: "free",
      signup_date: new Date("2025-06-05T00:00:00Z"),
      last_seen_at: new Date("2025-06-15T09:00:00Z"),
      onboarding_done: false,
      seats_used: 1,
      mrr: 0,
      country: "DE",
      features_used: ["export", "share"],
      email: "alice@example.com",
    });
    expect(people[1]).toMatchObject({ signup_date: new Date("2024-12-01T00:00:00Z"), last_seen_at: null, features_used: [], email: null });
  });

  it("names the row, column and value of every wrong cell, and keeps the row with that value missing", () => {
    const { people, problems, problemCount } = parseSampleData(
      [HEADER, ["gold", "01/06/2025", "yesterday", "maybe", "1.5", "1,234", "DE", "export", "x"]],
      SAMPLE_ATTRIBUTE_LIST,
    );
    expect(problemCount).toBe(6);
    expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, "plan", "gold"],
      [2, "signup_date", "01/06/2025"],
      [2, "last_seen_at", "yesterday"],
      [2, "onboarding_done", "maybe"],
      [2, "seats_used", "1.5"],
      [2, "mrr", "1,234"],
    ]);
    expect(problems[0].message).toBe(`"gold" is not one of the allowed values (free, pro, enterprise); values are case-sensitive`);
    expect(problems[1].message).toContain("YYYY-MM-DD");
    // Each message quotes the value once.
    for (const problem of problems) expect(problem.message.split(`"${problem.value}"`)).toHaveLength(2);
    expect(people).toEqual([expect.objectContaining({ plan: null, country: "DE", features_used: ["export"] })]);
  });

  it("reports attributes without a column and columns that are not attributes", () => {
    const result = parseSampleData(
      [
        ["plan", "Plan notes", "plan", "mrr"],
        ["free", "x", "pro", "3"],
      ],
      SAMPLE_ATTRIBUTE_LIST,
    );
    expect(result.missingColumns).toEqual([
      "signup_date",
      "last_seen_at",
      "onboarding_done",
      "seats_used",
      "country",
      "features_used",
      "email",
    ]);
    expect(result.ignoredColumns).toEqual(["Plan notes"]);
    expect(result.duplicateColumns).toEqual(["plan"]);
    expect(result.people).toEqual([{ plan: "free", mrr: 3 }]);
  });

  it("reads Sheets dates as calendar days in the spreadsheet's time zone", () => {
    // Sheets gives a Berlin spreadsheet's 2025-06-01 as 2025-05-31T22:00Z.
    const { people } = parseSampleData([["signup_date"], [new Date("2025-05-31T22:00:00Z")]], SAMPLE_ATTRIBUTE_LIST, {
      timeZone: "Europe/Berlin",
    });
    expect(people[0].signup_date).toEqual(new Date("2025-06-01T00:00:00Z"));
  });

  it("skips blank rows and keeps sheet row numbers", () => {
    const { rows } = parseSampleData([["plan"], ["free"], [""], ["pro"], [""], [""]], SAMPLE_ATTRIBUTE_LIST);
    expect(rows).toEqual([2, 4]);
  });

  it("samples 1,000,000 rows down to 50,000 in evenly spread blocks and says so", () => {
    const row = ["free", "2025-06-05", "3"];
    const table = Array.from({ length: 1_000_001 }, (_, i) => (i === 0 ? ["plan", "signup_date", "seats_used"] : row));
    const result = parseSampleData(table, SAMPLE_ATTRIBUTE_LIST);
    expect(result.people).toHaveLength(50_000);
    expect(result.sample).toMatchObject({ totalRows: 1_000_000, usedRows: 50_000, sampled: true });
    expect(result.sample.note).toContain("used 50000 of them");
    expect(result.rows[0]).toBe(2);
    expect(result.rows.at(-1)).toBeGreaterThan(980_000);
  });

  it("plans the same blocks every time, never overlapping, never past the end", () => {
    for (const [total, max, size] of [
      [1_000_000, 50_000, 1_000],
      [1_501, 1_500, 1_000],
      [10, 3, 2],
      [200_000, 999, 100],
    ]) {
      const plan = planSample(total, max, size);
      expect(plan).toEqual(planSample(total, max, size));
      expect(plan.blocks.reduce((sum, b) => sum + b.count, 0)).toBe(max);
      plan.blocks.forEach((b, i) => {
        expect(b.start + b.count).toBeLessThanOrEqual(i + 1 < plan.blocks.length ? plan.blocks[i + 1].start : total);
      });
    }
    expect(planSample(20, 50)).toEqual({ totalRows: 20, usedRows: 20, sampled: false, blocks: [{ start: 0, count: 20 }] });
  });
});

describe("CSV", () => {
  it("reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a byte order mark", () => {
    expect(parseCsv('\uFEFFplan,email\r\n"free","a, ""b""\nc"\r\npro,\n').rows).toEqual([
      ["plan", "email"],
      ["free", 'a, "b"\nc'],
      ["pro", ""],
    ]);
  });

  it("says which line opens a quote that never closes", () => {
    expect(parseCsv('plan\nfree\n"pro\n').error).toEqual({
      line: 3,
      message: 'A quoted field starting on line 3 never closes: add the missing closing quote (")',
    });
  });
});
