// PostgreSQL. Timestamps are timestamptz; conversions go through
// AT TIME ZONE 'UTC' so the session's TimeZone never changes a result.
// Strings with a backslash are written as E'' literals (backslash doubled),
// so they mean the same whatever standard_conforming_strings says. Text
// ordering uses COLLATE "C" (character codes), as the evaluator does.

import { ansiQuote } from "./dialect";
import type { Dialect } from "./dialect";

export const postgres: Dialect = {
  name: "postgres",
  identifier: (name) => ansiQuote(name, '"'),
  string: (text) => (text.includes("\\") ? `E${ansiQuote(text.split("\\").join("\\\\"), "'")}` : ansiQuote(text, "'")),
  doubleType: "DOUBLE PRECISION",
  arithmeticResult: (sql) => sql,
  date: (day) => `DATE '${day}'`,
  timestamp: (utc) => `TIMESTAMPTZ '${utc}+00'`,
  currentTimestamp: "CURRENT_TIMESTAMP",
  toTimestamp: (date) => `(CAST(${date} AS TIMESTAMP) AT TIME ZONE 'UTC')`,
  utcDate: (ts) => `CAST((${ts} AT TIME ZONE 'UTC') AS DATE)`,
  daysBetween: (from, to) => `(${to} - ${from})`,
  hoursBetween: (from, to) => `CAST(FLOOR(EXTRACT(EPOCH FROM (${to} - ${from})) / 3600) AS BIGINT)`,
  listContains: (list, item) => `(${item} = ANY(${list}))`,
  // array_length of an empty array is null; cardinality is 0.
  listLength: (list) => `CARDINALITY(${list})`,
  orderText: (sql) => `${sql} COLLATE "C"`,
  isTrue: (sql) => `${sql} IS TRUE`,
};
