// What differs between warehouses: quoting, literals, time arithmetic, lists.
// Each dialect fills this interface; the expression compiler (expression.ts)
// only ever asks it for text, so adding a warehouse is one file.
//
// Time conventions the dialects share (documented in the README): dates are
// DATE columns; timestamps are instants, read in UTC. Every function below
// that takes a "timestamp" receives an expression of the dialect's timestamp
// type (see toTimestamp); "now" is such an expression too.

import type { ArithmeticOperator } from "../logic";

export const DIALECTS = ["bigquery", "snowflake", "postgres", "duckdb"] as const;
export type DialectName = (typeof DIALECTS)[number];

export function isDialectName(name: string): name is DialectName {
  return (DIALECTS as readonly string[]).includes(name);
}

export interface Dialect {
  name: DialectName;
  /** A quoted identifier; embedded quote characters cannot end it. */
  identifier(name: string): string;
  /** A quoted string literal; embedded quotes and backslashes cannot end it. */
  string(text: string): string;
  /** The double-precision type name, for CASTs that keep `/` exact. */
  doubleType: string;
  /**
   * `left op right` on two double expressions, as a primary expression with
   * the evaluator's meaning: null on division by zero and on overflow, and
   * never a query error (engines raise or give ±infinity instead).
   */
  arithmetic(operator: ArithmeticOperator, left: string, right: string): string;
  date(isoDay: string): string;
  /** `utc` is "YYYY-MM-DD HH:MM:SS[.mmm]" in UTC. */
  timestamp(utc: string): string;
  /** The current instant, or the time the query starts. */
  currentTimestamp: string;
  /** A DATE expression as the timestamp of its midnight UTC. */
  toTimestamp(dateSql: string): string;
  /** The UTC calendar day of a timestamp expression. */
  utcDate(timestampSql: string): string;
  /** Whole days from `from` to `to` (both DATE expressions). */
  daysBetween(from: string, to: string): string;
  /** Whole hours elapsed from `from` to `to` (timestamps), rounded down. */
  hoursBetween(from: string, to: string): string;
  /** `list contains item` with SQL nulls: null list or null item gives null. */
  listContains(list: string, item: string): string;
  listLength(list: string): string;
  /** A text operand of `<` `<=` `>` `>=` that orders by code point (the evaluator's order), whatever the collation. */
  orderText(sql: string): string;
  /** An aggregate: how many rows make `condition` (a boolean) true. */
  countIf(condition: string): string;
  /** `sql IS TRUE` (sql is a primary expression), or what the dialect has instead. */
  isTrue(sql: string): string;
}

/** `+ - * /` as written, with division by zero made null. */
export function plainArithmetic(operator: ArithmeticOperator, left: string, right: string): string {
  return operator === "/" ? `(${left} / NULLIF(${right}, 0))` : `(${left} ${operator} ${right})`;
}

/** Doubles every occurrence of `quote` inside `text` and wraps it: the ANSI rule. */
export function ansiQuote(text: string, quote: string): string {
  return quote + text.split(quote).join(quote + quote) + quote;
}
