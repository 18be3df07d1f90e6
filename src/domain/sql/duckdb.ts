// DuckDB, the warehouse stand-in of the differential test and the engine of
// the CLI's estimate. Timestamps are TIMESTAMP (no zone) holding UTC. DuckDB's
// double arithmetic overflows to ±infinity where the evaluator gives null, so
// each result passes through two NULLIFs (the operand text appears once: no
// blow-up on deep trees); underflow gives 0, as in the evaluator.

import { ansiQuote, plainArithmetic } from "./dialect";
import type { Dialect } from "./dialect";

export const duckdb: Dialect = {
  name: "duckdb",
  identifier: (name) => ansiQuote(name, '"'),
  string: (text) => ansiQuote(text, "'"),
  doubleType: "DOUBLE",
  arithmetic: (operator, left, right) =>
    `NULLIF(NULLIF(${plainArithmetic(operator, left, right)}, CAST('Infinity' AS DOUBLE)), CAST('-Infinity' AS DOUBLE))`,
  date: (day) => `DATE '${day}'`,
  timestamp: (utc) => `TIMESTAMP '${utc}'`,
  currentTimestamp: "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')",
  toTimestamp: (date) => `CAST(${date} AS TIMESTAMP)`,
  utcDate: (ts) => `CAST(${ts} AS DATE)`,
  daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
  hoursBetween: (from, to) => `CAST(floor(CAST(epoch_us(${to}) - epoch_us(${from}) AS DOUBLE) / 3600000000) AS BIGINT)`,
  // list_contains gives null for a null item on a list, false on an empty list: the evaluator says null for both.
  listContains: (list, item) => `CASE WHEN ${item} IS NULL THEN NULL ELSE list_contains(${list}, ${item}) END`,
  listLength: (list) => `len(${list})`,
  // "binary" also overrides a default_collation such as nocase set for the session.
  orderText: (sql) => `${sql} COLLATE "binary"`,
  countIf: (condition) => `COUNT(*) FILTER (WHERE ${condition})`,
  isTrue: (sql) => `${sql} IS TRUE`,
};
