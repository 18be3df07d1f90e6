// DuckDB, the warehouse stand-in of the differential test. Timestamps are
// TIMESTAMP (no zone) holding UTC. DuckDB's double arithmetic overflows to
// ±infinity where the evaluator gives null, so each result passes through
// two NULLIFs (the operand text appears once: no blow-up on deep trees).

import { ansiQuote } from "./dialect";
import type { Dialect } from "./dialect";

export const duckdb: Dialect = {
  name: "duckdb",
  identifier: (name) => ansiQuote(name, '"'),
  string: (text) => ansiQuote(text, "'"),
  doubleType: "DOUBLE",
  arithmeticResult: (sql) => `NULLIF(NULLIF(${sql}, CAST('Infinity' AS DOUBLE)), CAST('-Infinity' AS DOUBLE))`,
  date: (day) => `DATE '${day}'`,
  timestamp: (utc) => `TIMESTAMP '${utc}'`,
  currentTimestamp: "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')",
  toTimestamp: (date) => `CAST(${date} AS TIMESTAMP)`,
  utcDate: (ts) => `CAST(${ts} AS DATE)`,
  daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
  hoursBetween: (from, to) => `CAST(floor(CAST(epoch_us(${to}) - epoch_us(${from}) AS DOUBLE) / 3600000000) AS BIGINT)`,
  listContains: (list, item) => `list_contains(${list}, ${item})`,
  listLength: (list) => `len(${list})`,
  orderText: (sql) => sql,
  isTrue: (sql) => `${sql} IS TRUE`,
};
