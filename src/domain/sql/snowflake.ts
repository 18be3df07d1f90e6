// Snowflake. Identifiers in double quotes are case-sensitive (unquoted
// names are stored in upper case: map attributes to such columns with their
// Source field). Backslash is an escape character inside string literals, so
// it is doubled as well as the quote. Timestamps are TIMESTAMP_NTZ holding
// UTC; SYSDATE() is the current UTC time as TIMESTAMP_NTZ.

import { ansiQuote, plainArithmetic } from "./dialect";
import type { Dialect } from "./dialect";

export const snowflake: Dialect = {
  name: "snowflake",
  identifier: (name) => ansiQuote(name, '"'),
  string: (text) => ansiQuote(text.split("\\").join("\\\\"), "'"),
  doubleType: "DOUBLE",
  // Not run on a live Snowflake: FLOAT overflow behaviour is unverified here (README).
  arithmetic: plainArithmetic,
  date: (day) => `DATE '${day}'`,
  timestamp: (utc) => `'${utc}'::TIMESTAMP_NTZ`,
  currentTimestamp: "SYSDATE()",
  toTimestamp: (date) => `CAST(${date} AS TIMESTAMP_NTZ)`,
  utcDate: (ts) => `CAST(${ts} AS DATE)`,
  daysBetween: (from, to) => `DATEDIFF('day', ${from}, ${to})`,
  // DATEDIFF counts unit boundaries crossed; microseconds then FLOOR give whole elapsed hours.
  hoursBetween: (from, to) => `FLOOR(DATEDIFF('microsecond', ${from}, ${to}) / 3600000000)`,
  listContains: (list, item) =>
    `CASE WHEN ${list} IS NULL OR ${item} IS NULL THEN NULL ELSE ARRAY_CONTAINS(CAST(${item} AS VARIANT), ${list}) END`,
  listLength: (list) => `ARRAY_SIZE(${list})`,
  // 'utf8' compares UTF-8 bytes, i.e. code points, whatever collation the column has.
  orderText: (sql) => `COLLATE(${sql}, 'utf8')`,
  // COUNT_IF exists too; SUM(CASE …) is the form every Snowflake-compatible tool reads.
  countIf: (condition) => `COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`,
  // Snowflake has no IS TRUE; in a WHERE clause null and false both exclude.
  isTrue: (sql) => `COALESCE(${sql}, FALSE)`,
};
