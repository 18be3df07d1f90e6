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
      bigquery: "CASE WHEN `features_used` IS NULL OR 'export' IS NULL THEN NULL ELSE 'export' IN UNNEST(`features_used`) END",
      snowflake: `CASE WHEN "features_used" IS NULL OR 'export' IS NULL THEN NULL ELSE ARRAY_CONTAINS(CAST('export' AS VARIANT), "features_used") END`,
      postgres: `CASE WHEN 'export' IS NULL THEN NULL ELSE 'export' = ANY("features_used") END`,
      duckdb: `CASE WHEN 'export' IS NULL THEN NULL ELSE list_contains("features_used", 'export') END`,
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
    "exact division, null on zero and on overflow (PostgreSQL: decided on a scaled copy, never an error)",
    "mrr / seats_used > 2.5",
    {
      bigquery: "(SAFE_DIVIDE(CAST(`mrr` AS FLOAT64), CAST(`seats_used` AS FLOAT64)) > CAST('2.5' AS FLOAT64))",
      snowflake: `((CAST("mrr" AS DOUBLE) / NULLIF(CAST("seats_used" AS DOUBLE), 0)) > CAST('2.5' AS DOUBLE))`,
      postgres: [
        "((SELECT CASE WHEN o.k = 0 THEN o.x / o.y",
        " WHEN o.k > 0 AND abs(o.p) >= CASE o.k WHEN 1 THEN CAST('16777216' AS DOUBLE PRECISION) ELSE CAST('1.56575653125701e-294' AS DOUBLE PRECISION) END THEN NULL",
        " WHEN o.k < 0 AND abs(o.p) <= CASE o.k WHEN -1 THEN CAST('2.6469779601696886e-23' AS DOUBLE PRECISION) ELSE CAST('2.83625966735417e+278' AS DOUBLE PRECISION) END THEN 0",
        " ELSE o.x / o.y END",
        " FROM (SELECT c.x, c.y, c.cx - c.cy AS k, (c.x * CASE c.cx WHEN 1 THEN CAST('9.332636185032189e-302' AS DOUBLE PRECISION) WHEN -1 THEN CAST('1.0715086071862673e+301' AS DOUBLE PRECISION) ELSE 1 END)",
        " / (c.y * CASE c.cy WHEN 1 THEN CAST('9.332636185032189e-302' AS DOUBLE PRECISION) WHEN -1 THEN CAST('1.0715086071862673e+301' AS DOUBLE PRECISION) ELSE 1 END) AS p",
        " FROM (SELECT v.x, v.y, CASE WHEN abs(v.x) > CAST('6.703903964971299e+153' AS DOUBLE PRECISION) THEN 1 WHEN abs(v.x) < CAST('1.4916681462400413e-154' AS DOUBLE PRECISION) THEN -1 ELSE 0 END AS cx,",
        " CASE WHEN abs(v.y) > CAST('6.703903964971299e+153' AS DOUBLE PRECISION) THEN 1 WHEN abs(v.y) < CAST('1.4916681462400413e-154' AS DOUBLE PRECISION) THEN -1 ELSE 0 END AS cy",
        ` FROM (SELECT CAST("mrr" AS DOUBLE PRECISION) AS x, NULLIF(CAST("seats_used" AS DOUBLE PRECISION), 0) AS y) AS v) AS c) AS o)`,
        " > CAST('2.5' AS DOUBLE PRECISION))",
      ].join(""),
      duckdb: `(NULLIF(NULLIF((CAST("mrr" AS DOUBLE) / NULLIF(CAST("seats_used" AS DOUBLE), 0)), CAST('Infinity' AS DOUBLE)), CAST('-Infinity' AS DOUBLE)) > CAST('2.5' AS DOUBLE))`,
    },
  ],
  [
    "text ordering by code point, whatever the collation",
    `country < "M"`,
    {
      bigquery: "(`country` < 'M')",
      snowflake: `(COLLATE("country", 'utf8') < COLLATE('M', 'utf8'))`,
      postgres: `("country" COLLATE "C" < 'M' COLLATE "C")`,
      duckdb: `("country" COLLATE "binary" < 'M' COLLATE "binary")`,
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
    "coalesce of a date and a timestamp, lower (A-Z only), is null",
    `coalesce(signup_date, last_seen_at) is null or lower(email) != "x"`,
    {
      bigquery:
        "((COALESCE(TIMESTAMP(`signup_date`, 'UTC'), `last_seen_at`) IS NULL) OR (TRANSLATE(`email`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') <> 'x'))",
      snowflake: `((COALESCE(CAST("signup_date" AS TIMESTAMP_NTZ), "last_seen_at") IS NULL) OR (TRANSLATE("email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') <> 'x'))`,
      postgres: `((COALESCE((CAST("signup_date" AS TIMESTAMP) AT TIME ZONE 'UTC'), "last_seen_at") IS NULL) OR (TRANSLATE("email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') <> 'x'))`,
      duckdb: `((COALESCE(CAST("signup_date" AS TIMESTAMP), "last_seen_at") IS NULL) OR (TRANSLATE("email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') <> 'x'))`,
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
