// Literal values in SQL text. Numbers keep the evaluator's doubles exactly:
// safe integers are written as they are; anything else goes through a CAST
// of its shortest round-trip text, which every engine parses to the same
// double (a plain 0.1 would be a DECIMAL in DuckDB and Snowflake).

import { parseIsoDate } from "../logic";
import type { LiteralValue } from "../logic";
import type { Dialect } from "./dialect";

export function numberSql(value: number, dialect: Dialect): string {
  if (!Number.isFinite(value)) return "NULL";
  if (Number.isSafeInteger(value)) return value < 0 ? `(${value})` : String(value + 0);
  return `CAST('${String(value)}' AS ${dialect.doubleType})`;
}

export function literalSql(value: LiteralValue, dialect: Dialect): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return numberSql(value, dialect);
  return dialect.string(value);
}

/** "YYYY-MM-DD HH:MM:SS[.mmm]" in UTC, the form every dialect's timestamp literal takes. */
export function utcText(instant: Date): string {
  const iso = instant.toISOString();
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  return iso.slice(20, 23) === "000" ? text : `${text}.${iso.slice(20, 23)}`;
}

export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO text as the literal a date or timestamp operand compares with. */
export function temporalLiteral(text: string, as: "date" | "timestamp", dialect: Dialect): string {
  const instant = parseIsoDate(text);
  if (instant === null) return "NULL";
  if (as === "date" && DATE_ONLY.test(text)) return dialect.date(text);
  if (as === "date") return dialect.date(instant.toISOString().slice(0, 10));
  return dialect.timestamp(utcText(instant));
}
