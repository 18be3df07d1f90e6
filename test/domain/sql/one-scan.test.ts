// The one-scan SELECT per dialect, as a data engineer would paste it: two
// competing profiles on web (germany first by priority), one of them also on
// email, one attribute read from its Source column. And the result row read
// back the way each warehouse returns it.

import { describe, expect, it } from "vitest";
import { parseExpression } from "../../../src/domain/logic";
import type { Node } from "../../../src/domain/logic";
import { ScanResultError, compileOneScan, parseOneScanRow } from "../../../src/domain/sql";
import type { DialectName } from "../../../src/domain/sql";
import { NOW, SAMPLE_ATTRIBUTES } from "../logic/sample";

function ast(text: string): Node {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

const INPUT = {
  profiles: [
    {
      id: "new-free-users",
      priority: 2,
      eligibility: ast('plan = "free" and days_since(signup_date) <= 14d'),
      suppression: ast("onboarding_done"),
      score: ast("seats_used"),
      scoreThreshold: 4,
    },
    { id: "germany", priority: 1, eligibility: ast('country = "DE"') },
  ],
  activations: [
    { profileId: "new-free-users", channel: "web", holdoutPct: 10 },
    { profileId: "germany", channel: "web" },
    { profileId: "new-free-users", channel: "email" },
    { profileId: "unknown-profile", channel: "email" },
  ],
};

const scanFor = (dialect: DialectName) =>
  compileOneScan(INPUT, {
    dialect,
    table: "analytics.people",
    attributes: SAMPLE_ATTRIBUTES,
    now: NOW,
    columnOf: (id) => (id === "country" ? "country_code" : id),
  });

const GOLDEN: Record<DialectName, string> = {
  bigquery: `SELECT
  COUNT(*) AS people_total,
  COUNTIF(k.e0) AS p0_eligible,
  COUNTIF(k.e0 AND k.s0) AS p0_suppressed,
  COUNTIF(k.m0) AS p0_members,
  COUNTIF(k.e1) AS p1_eligible,
  COUNTIF(k.e1 AND k.s1) AS p1_suppressed,
  COUNTIF(k.m1) AS p1_members,
  COUNTIF(k.c0 = 0) AS c0_b0,
  COUNTIF(k.c0 = 1) AS c0_b1,
  COUNTIF(k.c1 = 0) AS c1_b0,
  COUNTIF(k.a0) AS a0_non_null,
  COUNTIF(k.a1) AS a1_non_null,
  COUNTIF(k.a2) AS a2_non_null,
  COUNTIF(k.a3) AS a3_non_null,
  COUNTIF(k.a4) AS a4_non_null
FROM (
  SELECT
    f.e0, f.s0, (f.e0 AND NOT f.s0 AND f.q0) AS m0,
    f.e1, f.s1, (f.e1 AND NOT f.s1 AND f.q1) AS m1,
    CASE WHEN (f.e1 AND NOT f.s1 AND f.q1) THEN 0 WHEN (f.e0 AND NOT f.s0 AND f.q0) THEN 1 ELSE -1 END AS c0,
    CASE WHEN (f.e0 AND NOT f.s0 AND f.q0) THEN 0 ELSE -1 END AS c1,
    f.a0,
    f.a1,
    f.a2,
    f.a3,
    f.a4
  FROM (
    SELECT
      ((\`plan\` = 'free') AND (DATE_DIFF(DATE(TIMESTAMP '2025-06-15 12:00:00+00', 'UTC'), \`signup_date\`, DAY) <= 14)) IS TRUE AS e0,
      \`onboarding_done\` IS TRUE AS s0,
      (\`seats_used\` >= 4) IS TRUE AS q0,
      (\`country_code\` = 'DE') IS TRUE AS e1,
      FALSE AS s1,
      TRUE AS q1,
      (\`plan\` IS NOT NULL) AS a0,
      (\`signup_date\` IS NOT NULL) AS a1,
      (\`onboarding_done\` IS NOT NULL) AS a2,
      (\`seats_used\` IS NOT NULL) AS a3,
      (\`country_code\` IS NOT NULL) AS a4
    FROM \`analytics\`.\`people\`
  ) AS f
) AS k`,
  snowflake: `SELECT
  COUNT(*) AS people_total,
  COALESCE(SUM(CASE WHEN k.e0 THEN 1 ELSE 0 END), 0) AS p0_eligible,
  COALESCE(SUM(CASE WHEN k.e0 AND k.s0 THEN 1 ELSE 0 END), 0) AS p0_suppressed,
  COALESCE(SUM(CASE WHEN k.m0 THEN 1 ELSE 0 END), 0) AS p0_members,
  COALESCE(SUM(CASE WHEN k.e1 THEN 1 ELSE 0 END), 0) AS p1_eligible,
  COALESCE(SUM(CASE WHEN k.e1 AND k.s1 THEN 1 ELSE 0 END), 0) AS p1_suppressed,
  COALESCE(SUM(CASE WHEN k.m1 THEN 1 ELSE 0 END), 0) AS p1_members,
  COALESCE(SUM(CASE WHEN k.c0 = 0 THEN 1 ELSE 0 END), 0) AS c0_b0,
  COALESCE(SUM(CASE WHEN k.c0 = 1 THEN 1 ELSE 0 END), 0) AS c0_b1,
  COALESCE(SUM(CASE WHEN k.c1 = 0 THEN 1 ELSE 0 END), 0) AS c1_b0,
  COALESCE(SUM(CASE WHEN k.a0 THEN 1 ELSE 0 END), 0) AS a0_non_null,
  COALESCE(SUM(CASE WHEN k.a1 THEN 1 ELSE 0 END), 0) AS a1_non_null,
  COALESCE(SUM(CASE WHEN k.a2 THEN 1 ELSE 0 END), 0) AS a2_non_null,
  COALESCE(SUM(CASE WHEN k.a3 THEN 1 ELSE 0 END), 0) AS a3_non_null,
  COALESCE(SUM(CASE WHEN k.a4 THEN 1 ELSE 0 END), 0) AS a4_non_null
FROM (
  SELECT
    f.e0, f.s0, (f.e0 AND NOT f.s0 AND f.q0) AS m0,
    f.e1, f.s1, (f.e1 AND NOT f.s1 AND f.q1) AS m1,
    CASE WHEN (f.e1 AND NOT f.s1 AND f.q1) THEN 0 WHEN (f.e0 AND NOT f.s0 AND f.q0) THEN 1 ELSE -1 END AS c0,
    CASE WHEN (f.e0 AND NOT f.s0 AND f.q0) THEN 0 ELSE -1 END AS c1,
    f.a0,
    f.a1,
    f.a2,
    f.a3,
    f.a4
  FROM (
    SELECT
      COALESCE((("plan" = 'free') AND (DATEDIFF('day', "signup_date", CAST('2025-06-15 12:00:00'::TIMESTAMP_NTZ AS DATE)) <= 14)), FALSE) AS e0,
      COALESCE("onboarding_done", FALSE) AS s0,
      COALESCE(("seats_used" >= 4), FALSE) AS q0,
      COALESCE(("country_code" = 'DE'), FALSE) AS e1,
      FALSE AS s1,
      TRUE AS q1,
      ("plan" IS NOT NULL) AS a0,
      ("signup_date" IS NOT NULL) AS a1,
      ("onboarding_done" IS NOT NULL) AS a2,
      ("seats_used" IS NOT NULL) AS a3,
      ("country_code" IS NOT NULL) AS a4
    FROM "analytics"."people"
  ) AS f
) AS k`,
  postgres: `SELECT
  COUNT(*) AS people_total,
  COUNT(*) FILTER (WHERE k.e0) AS p0_eligible,
  COUNT(*) FILTER (WHERE k.e0 AND k.s0) AS p0_suppressed,
  COUNT(*) FILTER (WHERE k.m0) AS p0_members,
  COUNT(*) FILTER (WHERE k.e1) AS p1_eligible,
  COUNT(*) FILTER (WHERE k.e1 AND k.s1) AS p1_suppressed,
  COUNT(*) FILTER (WHERE k.m1) AS p1_members,
  COUNT(*) FILTER (WHERE k.c0 = 0) AS c0_b0,
  COUNT(*) FILTER (WHERE k.c0 = 1) AS c0_b1,
  COUNT(*) FILTER (WHERE k.c1 = 0) AS c1_b0,
  COUNT(*) FILTER (WHERE k.a0) AS a0_non_null,
  COUNT(*) FILTER (WHERE k.a1) AS a1_non_null,
  COUNT(*) FILTER (WHERE k.a2) AS a2_non_null,
  COUNT(*) FILTER (WHERE k.a3) AS a3_non_null,
  COUNT(*) FILTER (WHERE k.a4) AS a4_non_null
FROM (
  SELECT
    f.e0, f.s0, (f.e0 AND NOT f.s0 AND f.q0) AS m0,
    f.e1, f.s1, (f.e1 AND NOT f.s1 AND f.q1) AS m1,
    CASE WHEN (f.e1 AND NOT f.s1 AND f.q1) THEN 0 WHEN (f.e0 AND NOT f.s0 AND f.q0) THEN 1 ELSE -1 END AS c0,
    CASE WHEN (f.e0 AND NOT f.s0 AND f.q0) THEN 0 ELSE -1 END AS c1,
    f.a0,
    f.a1,
    f.a2,
    f.a3,
    f.a4
  FROM (
    SELECT
      (("plan" = 'free') AND ((CAST((TIMESTAMPTZ '2025-06-15 12:00:00+00' AT TIME ZONE 'UTC') AS DATE) - "signup_date") <= 14)) IS TRUE AS e0,
      "onboarding_done" IS TRUE AS s0,
      ("seats_used" >= 4) IS TRUE AS q0,
      ("country_code" = 'DE') IS TRUE AS e1,
      FALSE AS s1,
      TRUE AS q1,
      ("plan" IS NOT NULL) AS a0,
      ("signup_date" IS NOT NULL) AS a1,
      ("onboarding_done" IS NOT NULL) AS a2,
      ("seats_used" IS NOT NULL) AS a3,
      ("country_code" IS NOT NULL) AS a4
    FROM "analytics"."people"
  ) AS f
) AS k`,
  duckdb: `SELECT
  COUNT(*) AS people_total,
  COUNT(*) FILTER (WHERE k.e0) AS p0_eligible,
  COUNT(*) FILTER (WHERE k.e0 AND k.s0) AS p0_suppressed,
  COUNT(*) FILTER (WHERE k.m0) AS p0_members,
  COUNT(*) FILTER (WHERE k.e1) AS p1_eligible,
  COUNT(*) FILTER (WHERE k.e1 AND k.s1) AS p1_suppressed,
  COUNT(*) FILTER (WHERE k.m1) AS p1_members,
  COUNT(*) FILTER (WHERE k.c0 = 0) AS c0_b0,
  COUNT(*) FILTER (WHERE k.c0 = 1) AS c0_b1,
  COUNT(*) FILTER (WHERE k.c1 = 0) AS c1_b0,
  COUNT(*) FILTER (WHERE k.a0) AS a0_non_null,
  COUNT(*) FILTER (WHERE k.a1) AS a1_non_null,
  COUNT(*) FILTER (WHERE k.a2) AS a2_non_null,
  COUNT(*) FILTER (WHERE k.a3) AS a3_non_null,
  COUNT(*) FILTER (WHERE k.a4) AS a4_non_null
FROM (
  SELECT
    f.e0, f.s0, (f.e0 AND NOT f.s0 AND f.q0) AS m0,
    f.e1, f.s1, (f.e1 AND NOT f.s1 AND f.q1) AS m1,
    CASE WHEN (f.e1 AND NOT f.s1 AND f.q1) THEN 0 WHEN (f.e0 AND NOT f.s0 AND f.q0) THEN 1 ELSE -1 END AS c0,
    CASE WHEN (f.e0 AND NOT f.s0 AND f.q0) THEN 0 ELSE -1 END AS c1,
    f.a0,
    f.a1,
    f.a2,
    f.a3,
    f.a4
  FROM (
    SELECT
      (("plan" = 'free') AND (date_diff('day', "signup_date", CAST(TIMESTAMP '2025-06-15 12:00:00' AS DATE)) <= 14)) IS TRUE AS e0,
      "onboarding_done" IS TRUE AS s0,
      ("seats_used" >= 4) IS TRUE AS q0,
      ("country_code" = 'DE') IS TRUE AS e1,
      FALSE AS s1,
      TRUE AS q1,
      ("plan" IS NOT NULL) AS a0,
      ("signup_date" IS NOT NULL) AS a1,
      ("onboarding_done" IS NOT NULL) AS a2,
      ("seats_used" IS NOT NULL) AS a3,
      ("country_code" IS NOT NULL) AS a4
    FROM "analytics"."people"
  ) AS f
) AS k`,
};

describe("one scan per dialect", () => {
  for (const dialect of Object.keys(GOLDEN) as DialectName[]) {
    it(`${dialect}: one SELECT with every profile, channel branch and attribute`, () => {
      expect(scanFor(dialect).sql).toBe(GOLDEN[dialect]);
    });
  }

  it("lays out channels by priority, skips unknown profiles, and measures each attribute used once", () => {
    const { layout } = scanFor("duckdb");
    expect(layout.channels).toEqual([
      {
        channel: "web",
        branches: [
          { profileId: "germany", priority: 1, holdoutPct: 0, alias: "c0_b0" },
          { profileId: "new-free-users", priority: 2, holdoutPct: 10, alias: "c0_b1" },
        ],
      },
      { channel: "email", branches: [{ profileId: "new-free-users", priority: 2, holdoutPct: 0, alias: "c1_b0" }] },
    ]);
    expect(layout.coverage.map((c) => `${c.attributeId}:${c.column}`)).toEqual([
      "plan:plan",
      "signup_date:signup_date",
      "onboarding_done:onboarding_done",
      "seats_used:seats_used",
      "country:country_code",
    ]);
  });
});

describe("reading the scan's row", () => {
  const { layout } = scanFor("snowflake");
  // Snowflake upper-cases unquoted aliases; BigQuery sends INT64 as decimal text; DuckDB gives bigints.
  const row = {
    PEOPLE_TOTAL: "1000",
    P0_ELIGIBLE: 300n,
    P0_SUPPRESSED: 100,
    P0_MEMBERS: "150",
    P1_ELIGIBLE: 200,
    P1_SUPPRESSED: 0,
    P1_MEMBERS: 200,
    C0_B0: 200,
    C0_B1: 120,
    C1_B0: 150,
    A0_NON_NULL: 1000,
    A1_NON_NULL: 873,
    A2_NON_NULL: 0,
    A3_NON_NULL: 999,
    A4_NON_NULL: 1,
  };

  it("gives per profile eligible, suppressed, below threshold and members", () => {
    expect(parseOneScanRow(layout, row).profiles).toEqual([
      { profileId: "new-free-users", eligible: 300, suppressed: 100, belowThreshold: 50, members: 150 },
      { profileId: "germany", eligible: 200, suppressed: 0, belowThreshold: 0, members: 200 },
    ]);
  });

  it("gives per channel what the decision tree hands each profile, and what a holdout keeps back", () => {
    const [web, email] = parseOneScanRow(layout, row).channels;
    expect(web).toEqual({
      channel: "web",
      branches: [
        { profileId: "germany", priority: 1, members: 200, receives: 200, holdoutPct: 0, heldOut: 0, activated: 200 },
        { profileId: "new-free-users", priority: 2, members: 150, receives: 120, holdoutPct: 10, heldOut: 12, activated: 108 },
      ],
      reached: 320,
      activated: 308,
    });
    expect(email.reached).toBe(150);
  });

  it("gives measured coverage as the percent of rows with a value", () => {
    expect(parseOneScanRow(layout, row).coverage.map((c) => [c.attributeId, c.measuredPct])).toEqual([
      ["plan", 100],
      ["signup_date", 87.3],
      ["onboarding_done", 0],
      ["seats_used", 99.9],
      ["country", 0.1],
    ]);
    const empty = Object.fromEntries(Object.keys(row).map((key) => [key, 0]));
    expect(parseOneScanRow(layout, empty).coverage[0].measuredPct).toBeNull();
  });

  it("refuses a row that is not this scan's, naming the missing count", () => {
    const { C1_B0: _dropped, ...partial } = row;
    expect(() => parseOneScanRow(layout, partial)).toThrow(ScanResultError);
    expect(() => parseOneScanRow(layout, partial)).toThrow("The scan's result has no count c1_b0 (got undefined)");
    expect(() => parseOneScanRow(layout, { ...row, C0_B0: "12.5" })).toThrow("no count c0_b0 (got 12.5)");
  });
});
