// PostgreSQL. Timestamp columns must be timestamptz (a timestamp without
// time zone would be read in the session's TimeZone); conversions go through
// AT TIME ZONE 'UTC' so the session's TimeZone never changes a result.
// Strings with a backslash are written as E'' literals (backslash doubled),
// so they mean the same whatever standard_conforming_strings says. Text
// ordering uses COLLATE "C" (character codes), as the evaluator does.

import { ansiQuote } from "./dialect";
import { postgresArithmetic } from "./postgres-arithmetic";
import type { Dialect } from "./dialect";

export const postgres: Dialect = {
  name: "postgres",
  identifier: (name) => ansiQuote(name, '"'),
  string: (text) => (text.includes("\\") ? `E${ansiQuote(text.split("\\").join("\\\\"), "'")}` : ansiQuote(text, "'")),
  doubleType: "DOUBLE PRECISION",
  arithmetic: postgresArithmetic,
  date: (day) => `DATE '${day}'`,
  timestamp: (utc) => `TIMESTAMPTZ '${utc}+00'`,
  currentTimestamp: "CURRENT_TIMESTAMP",
  toTimestamp: (date) => `(CAST(${date} AS TIMESTAMP) AT TIME ZONE 'UTC')`,
  utcDate: (ts) => `CAST((${ts} AT TIME ZONE 'UTC') AS DATE)`,
  daysBetween: (from, to) => `(${to} - ${from})`,
  hoursBetween: (from, to) => `CAST(FLOOR(EXTRACT(EPOCH FROM (${to} - ${from})) / 3600) AS BIGINT)`,
  // NULL = ANY('{}') is false (so "not contains" would be true); the evaluator's null needs the CASE.
  listContains: (list, item) => `CASE WHEN ${item} IS NULL THEN NULL ELSE ${item} = ANY(${list}) END`,
  // array_length of an empty array is null; cardinality is 0.
  listLength: (list) => `CARDINALITY(${list})`,
  orderText: (sql) => `${sql} COLLATE "C"`,
  countIf: (condition) => `COUNT(*) FILTER (WHERE ${condition})`,
  isTrue: (sql) => `${sql} IS TRUE`,
};
