// Snowflake. Identifiers in double quotes are case-sensitive (unquoted
// names are stored in upper case: map attributes to such columns with their
// Source field). Backslash is an escape character inside string literals, so
// it is doubled as well as the quote. Timestamps are TIMESTAMP_NTZ holding
// UTC; SYSDATE() is the current UTC time as TIMESTAMP_NTZ.

import { ansiQuote } from "./dialect";
import type { Dialect } from "./dialect";

export const snowflake: Dialect = {
  name: "snowflake",
  identifier: (name) => ansiQuote(name, '"'),
  string: (text) => ansiQuote(text.split("\\").join("\\\\"), "'"),
  doubleType: "DOUBLE",
  arithmeticResult: (sql) => sql,
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
  orderText: (sql) => sql,
  // Snowflake has no IS TRUE; in a WHERE clause null and false both exclude.
  isTrue: (sql) => `COALESCE(${sql}, FALSE)`,
};
