// Golden SQL per construct and dialect: what a data engineer pastes into the
// warehouse. One row per construct, one column per dialect; `now` is fixed.

import { describe, expect, it } from "vitest";
import { parseExpression } from "../../../src/domain/logic";
import type { Node } from "../../../src/domain/logic";
import { compileSqlExpression } from "../../../src/domain/sql";
import type { DialectName } from "../../../src/domain/sql";
import { NOW, SAMPLE_ATTRIBUTES } from "../logic/sample";

function parse(text: string): Node {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

type Row = [construct: string, expression: string, expected: Record<DialectName, string>];

const ROWS: Row[] = [
  [
    "days_since with a duration in weeks",
    "days_since(signup_date) <= 2w",
    {
      bigquery: "(DATE_DIFF(DATE(TIMESTAMP '2025-06-15 12:00:00+00', 'UTC'), `signup_date`, DAY) <= 14)",
      snowflake: `(DATEDIFF('day', "signup_date", CAST('2025-06-15 12:00:00'::TIMESTAMP_NTZ AS DATE)) <= 14)`,
      postgres: `((CAST((TIMESTAMPTZ '2025-06-15 12:00:00+00' AT TIME ZONE 'UTC') AS DATE) - "signup_date") <= 14)`,
      duckdb: `(date_diff('day', "signup_date", CAST(TIMESTAMP '2025-06-15 12:00:00' AS DATE)) <= 14)`,
    },
  ],
  [
    "hours_since, floor of elapsed hours, 1d = 24h",
    "hours_since(last_seen_at) < 1d",
    {
      bigquery: "(CAST(FLOOR(TIMESTAMP_DIFF(TIMESTAMP '2025-06-15 12:00:00+00', `last_seen_at`, MICROSECOND) / 3600000000) AS INT64) < 24)",
      snowflake: `(FLOOR(DATEDIFF('microsecond', "last_seen_at", '2025-06-15 12:00:00'::TIMESTAMP_NTZ) / 3600000000) < 24)`,
      postgres: `(CAST(FLOOR(EXTRACT(EPOCH FROM (TIMESTAMPTZ '2025-06-15 12:00:00+00' - "last_seen_at")) / 3600) AS BIGINT) < 24)`,
      duckdb: `(CAST(floor(CAST(epoch_us(TIMESTAMP '2025-06-15 12:00:00') - epoch_us("last_seen_at") AS DOUBLE) / 3600000000) AS BIGINT) < 24)`,
    },
  ],
  [
    "ISO date beside a date",
    `signup_date >= "2025-06-01"`,
    {
      bigquery: "(`signup_date` >= DATE '2025-06-01')",
      snowflake: `("signup_date" >= DATE '2025-06-01')`,
      postgres: `("signup_date" >= DATE '2025-06-01')`,
      duckdb: `("signup_date" >= DATE '2025-06-01')`,
    },
  ],
  [
    "ISO timestamp with an offset, read in UTC",
    `last_seen_at < "2025-06-01T09:30:00+02:00"`,
    {
      bigquery: "(`last_seen_at` < TIMESTAMP '2025-06-01 07:30:00+00')",
      snowflake: `("last_seen_at" < '2025-06-01 07:30:00'::TIMESTAMP_NTZ)`,
      postgres: `("last_seen_at" < TIMESTAMPTZ '2025-06-01 07:30:00+00')`,
      duckdb: `("last_seen_at" < TIMESTAMP '2025-06-01 07:30:00')`,
    },
  ],
  [
    "a date beside a timestamp is its midnight UTC",
    "signup_date < last_seen_at",
    {
      bigquery: "(TIMESTAMP(`signup_date`, 'UTC') < `last_seen_at`)",
      snowflake: `(CAST("signup_date" AS TIMESTAMP_NTZ) < "last_seen_at")`,
      postgres: `((CAST("signup_date" AS TIMESTAMP) AT TIME ZONE 'UTC') < "last_seen_at")`,
      duckdb: `(CAST("signup_date" AS TIMESTAMP) < "last_seen_at")`,
    },
  ],
  [
    "contains on a string_list",
    `features_used contains "export"`,
    {
      bigquery: "CASE WHEN `features_used` IS NULL THEN NULL ELSE 'export' IN UNNEST(`features_used`) END",
      snowflake: `CASE WHEN "features_used" IS NULL OR 'export' IS NULL THEN NULL ELSE ARRAY_CONTAINS(CAST('export' AS VARIANT), "features_used") END`,
      postgres: `('export' = ANY("features_used"))`,
      duckdb: `list_contains("features_used", 'export')`,
    },
  ],
  [
    "len of a string_list",
    "len(features_used) >= 3",
    {
      bigquery: "(ARRAY_LENGTH(`features_used`) >= 3)",
      snowflake: `(ARRAY_SIZE("features_used") >= 3)`,
      postgres: `(CARDINALITY("features_used") >= 3)`,
      duckdb: `(len("features_used") >= 3)`,
    },
  ],
  [
    "exact division, null on zero",
    "mrr / seats_used > 2.5",
    {
      bigquery: "((CAST(`mrr` AS FLOAT64) / NULLIF(CAST(`seats_used` AS FLOAT64), 0)) > CAST('2.5' AS FLOAT64))",
      snowflake: `((CAST("mrr" AS DOUBLE) / NULLIF(CAST("seats_used" AS DOUBLE), 0)) > CAST('2.5' AS DOUBLE))`,
      postgres: `((CAST("mrr" AS DOUBLE PRECISION) / NULLIF(CAST("seats_used" AS DOUBLE PRECISION), 0)) > CAST('2.5' AS DOUBLE PRECISION))`,
      duckdb: `(NULLIF(NULLIF((CAST("mrr" AS DOUBLE) / NULLIF(CAST("seats_used" AS DOUBLE), 0)), CAST('Infinity' AS DOUBLE)), CAST('-Infinity' AS DOUBLE)) > CAST('2.5' AS DOUBLE))`,
    },
  ],
  [
    "text ordering by character code",
    `country < "M"`,
    {
      bigquery: "(`country` < 'M')",
      snowflake: `("country" < 'M')`,
      postgres: `("country" COLLATE "C" < 'M')`,
      duckdb: `("country" < 'M')`,
    },
  ],
  [
    "enum = string, and / not, three-valued",
    `plan = "free" and not onboarding_done`,
    {
      bigquery: "((`plan` = 'free') AND (NOT `onboarding_done`))",
      snowflake: `(("plan" = 'free') AND (NOT "onboarding_done"))`,
      postgres: `(("plan" = 'free') AND (NOT "onboarding_done"))`,
      duckdb: `(("plan" = 'free') AND (NOT "onboarding_done"))`,
    },
  ],
  [
    "not in with a negative number",
    "seats_used not in [-1, 2]",
    {
      bigquery: "(`seats_used` NOT IN ((-1), 2))",
      snowflake: `("seats_used" NOT IN ((-1), 2))`,
      postgres: `("seats_used" NOT IN ((-1), 2))`,
      duckdb: `("seats_used" NOT IN ((-1), 2))`,
    },
  ],
  [
    "coalesce of a date and a timestamp, lower, is null",
    `coalesce(signup_date, last_seen_at) is null or lower(email) != "x"`,
    {
      bigquery: "((COALESCE(TIMESTAMP(`signup_date`, 'UTC'), `last_seen_at`) IS NULL) OR (LOWER(`email`) <> 'x'))",
      snowflake: `((COALESCE(CAST("signup_date" AS TIMESTAMP_NTZ), "last_seen_at") IS NULL) OR (LOWER("email") <> 'x'))`,
      postgres: `((COALESCE((CAST("signup_date" AS TIMESTAMP) AT TIME ZONE 'UTC'), "last_seen_at") IS NULL) OR (LOWER("email") <> 'x'))`,
      duckdb: `((COALESCE(CAST("signup_date" AS TIMESTAMP), "last_seen_at") IS NULL) OR (LOWER("email") <> 'x'))`,
    },
  ],
  [
    "in [] is false, or null for a missing value",
    "country in []",
    {
      bigquery: "(CASE WHEN `country` IS NULL THEN NULL ELSE FALSE END)",
      snowflake: `(CASE WHEN "country" IS NULL THEN NULL ELSE FALSE END)`,
      postgres: `(CASE WHEN "country" IS NULL THEN NULL ELSE FALSE END)`,
      duckdb: `(CASE WHEN "country" IS NULL THEN NULL ELSE FALSE END)`,
    },
  ],
];

describe("SQL per construct and dialect", () => {
  for (const [construct, expression, expected] of ROWS) {
    for (const dialect of Object.keys(expected) as DialectName[]) {
      it(`${construct} — ${dialect}`, () => {
        expect(compileSqlExpression(parse(expression), { dialect, attributes: SAMPLE_ATTRIBUTES, now: NOW })).toBe(expected[dialect]);
      });
    }
  }

  it("uses the warehouse's current time when no fixed now is given", () => {
    const ast = parse("hours_since(last_seen_at) < 12h");
    const now = (dialect: DialectName) => compileSqlExpression(ast, { dialect, attributes: SAMPLE_ATTRIBUTES });
    expect(now("bigquery")).toContain("CURRENT_TIMESTAMP()");
    expect(now("snowflake")).toContain("SYSDATE()");
    expect(now("postgres")).toContain("CURRENT_TIMESTAMP");
    expect(now("duckdb")).toContain("(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')");
  });

  it("keeps a number's exact double: 0.1 and 1e-7 are cast from their shortest text", () => {
    expect(compileSqlExpression(parse("mrr > 0.1 or mrr < 1e-7"), { dialect: "duckdb", attributes: SAMPLE_ATTRIBUTES })).toBe(
      `(("mrr" > CAST('0.1' AS DOUBLE)) OR ("mrr" < CAST('1e-7' AS DOUBLE)))`,
    );
  });

  it("leaves an ISO-looking text as text beside a string attribute", () => {
    expect(compileSqlExpression(parse(`country = "2025-06-01"`), { dialect: "postgres", attributes: SAMPLE_ATTRIBUTES })).toBe(
      `("country" = '2025-06-01')`,
    );
  });
});
