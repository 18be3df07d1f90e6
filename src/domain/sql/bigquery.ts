// BigQuery (GoogleSQL). Quoted identifiers and string literals share one
// escape syntax: a backslash escapes the next character, and '' does not
// mean a quote, so both are escaped with backslashes. Raw newlines are not
// allowed inside single-quoted literals, so control characters become \xHH.
// TIMESTAMP is an instant; DATE(x, 'UTC') is its UTC calendar day.

import type { ArithmeticOperator } from "../logic";
import type { Dialect } from "./dialect";

const SAFE: Record<ArithmeticOperator, string> = { "+": "SAFE_ADD", "-": "SAFE_SUBTRACT", "*": "SAFE_MULTIPLY", "/": "SAFE_DIVIDE" };

function backslashEscape(text: string, quote: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (char === "\\" || char === quote) out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return quote + out + quote;
}

export const bigquery: Dialect = {
  name: "bigquery",
  identifier: (name) => backslashEscape(name, "`"),
  string: (text) => backslashEscape(text, "'"),
  doubleType: "FLOAT64",
  // BigQuery raises on FLOAT64 overflow; the SAFE_ functions give null instead, SAFE_DIVIDE also for x / 0.
  arithmetic: (operator, left, right) => `${SAFE[operator]}(${left}, ${right})`,
  date: (day) => `DATE '${day}'`,
  timestamp: (utc) => `TIMESTAMP '${utc}+00'`,
  currentTimestamp: "CURRENT_TIMESTAMP()",
  toTimestamp: (date) => `TIMESTAMP(${date}, 'UTC')`,
  utcDate: (ts) => `DATE(${ts}, 'UTC')`,
  daysBetween: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
  hoursBetween: (from, to) => `CAST(FLOOR(TIMESTAMP_DIFF(${to}, ${from}, MICROSECOND) / 3600000000) AS INT64)`,
  // `x IN UNNEST(NULL)` is false, not null: the CASE keeps a missing list missing.
  // `NULL IN UNNEST([])` is false, not null: the CASE keeps a missing item missing too.
  listContains: (list, item) => `CASE WHEN ${list} IS NULL OR ${item} IS NULL THEN NULL ELSE ${item} IN UNNEST(${list}) END`,
  listLength: (list) => `ARRAY_LENGTH(${list})`,
  // GoogleSQL compares texts by code point unless a column carries a collation (README: use none).
  orderText: (sql) => sql,
  countIf: (condition) => `COUNTIF(${condition})`,
  isTrue: (sql) => `${sql} IS TRUE`,
};
