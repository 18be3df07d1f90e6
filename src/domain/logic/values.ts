// Runtime values and the operations both evaluators share, so the tree
// interpreter and the compiled closures cannot drift apart. Every operation
// follows SQL: null in, null out (except is null, and/or short cuts), and an
// ill-typed combination (which the type checker rejects) also gives null.

import { hasOwn } from "../has-own";
import type { ArithmeticOperator, CompareOperator, DurationUnit } from "./ast";

/** Dates and timestamps are Date objects; a `date` is midnight UTC. */
export type Value = null | boolean | number | string | Date | readonly string[];

export type Person = Readonly<Record<string, Value>>;

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const HOURS_PER_UNIT: Record<DurationUnit, number> = { h: 1, d: 24, w: 168 };

/** A person's value for an attribute: missing, NaN and invalid dates read as null. */
export function readValue(person: Person, id: string): Value {
  const value = hasOwn(person, id) ? person[id] : undefined;
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isNaN(value)) return null;
  if (value instanceof Date && Number.isNaN(value.getTime())) return null;
  return value;
}

// --- dates -----------------------------------------------------------------

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses "2025-06-01" (midnight UTC) or "2025-06-01T09:30:00Z" (offset
 * optional, UTC when absent). Returns null for anything else, including
 * impossible dates such as "2025-02-30".
 */
export function parseIsoDate(text: string): Date | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", ms = "0", zone = "Z"] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const date = new Date(Date.UTC(2000, month - 1, day, Number(h), Number(mi), Number(s), Number(ms.padEnd(3, "0"))));
  date.setUTCFullYear(year);
  if (zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    if (minutes > 18 * 60) return null;
    date.setTime(date.getTime() - sign * minutes * 60_000);
  }
  return date;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A Date for a Date or an ISO text; null otherwise. */
export function toDate(value: Value): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "string") return parseIsoDate(value);
  return null;
}

/** Whole UTC calendar days from the value's day to now's day (negative in the future). */
export function daysSince(value: Value, now: Date): number | null {
  const date = toDate(value);
  if (date === null || Number.isNaN(now.getTime())) return null;
  return Math.floor(now.getTime() / MS_PER_DAY) - Math.floor(date.getTime() / MS_PER_DAY);
}

/** Whole hours elapsed, rounded down (negative in the future). */
export function hoursSince(value: Value, now: Date): number | null {
  const date = toDate(value);
  if (date === null || Number.isNaN(now.getTime())) return null;
  return Math.floor((now.getTime() - date.getTime()) / MS_PER_HOUR);
}

/** A duration in the unit of the function it is compared with: 14d is 14 days or 336 hours. */
export function durationIn(amount: number, unit: DurationUnit, target: "days" | "hours"): number {
  const hours = amount * HOURS_PER_UNIT[unit];
  return target === "hours" ? hours : hours / 24;
}

// --- comparison ------------------------------------------------------------

/** -1, 0 or 1; undefined when the two values cannot be ordered (or either is null). */
function order(a: Value, b: Value): number | undefined {
  if (a === null || b === null) return undefined;
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return compareCodePoints(a, b);
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  if (a instanceof Date || b instanceof Date) {
    const x = toDate(a);
    const y = toDate(b);
    if (x === null || y === null) return undefined;
    return Math.sign(x.getTime() - y.getTime());
  }
  return undefined;
}

/**
 * Texts order by Unicode code point, which is what every warehouse does with
 * its binary (UTF-8) collation; JavaScript's `<` compares UTF-16 code units,
 * which puts astral characters (😀, U+1F600) before U+E000–U+FFFF. The two
 * orders differ only where a surrogate meets a unit at or above U+E000, so
 * the first differing units are compared with surrogates moved above them.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x += x < 0xe000 ? 0x2000 : -0x800;
      y += y < 0xe000 ? 0x2000 : -0x800;
    }
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function compare(operator: CompareOperator, a: Value, b: Value): boolean | null {
  const result = order(a, b);
  if (result === undefined) return null;
  switch (operator) {
    case "=":
      return result === 0;
    case "!=":
      return result !== 0;
    case "<":
      return result < 0;
    case "<=":
      return result <= 0;
    case ">":
      return result > 0;
    case ">=":
      return result >= 0;
  }
}

/** SQL `x IN (…)`: true on a match; otherwise null if x or any item is null; else false. */
export function inList(value: Value, items: readonly Value[]): boolean | null {
  if (value === null) return null;
  let unknown = false;
  for (const item of items) {
    const equal = compare("=", value, item);
    if (equal === true) return true;
    if (equal === null) unknown = true;
  }
  return unknown ? null : false;
}

export function contains(list: Value, item: Value): boolean | null {
  if (!Array.isArray(list) || typeof item !== "string") return null;
  return list.includes(item);
}

// --- three-valued logic ----------------------------------------------------

export function asLogical(value: Value): boolean | null {
  return typeof value === "boolean" ? value : null;
}

export function not(value: Value): boolean | null {
  const v = asLogical(value);
  return v === null ? null : !v;
}

export function and(a: Value, b: Value): boolean | null {
  const x = asLogical(a);
  const y = asLogical(b);
  if (x === false || y === false) return false;
  if (x === null || y === null) return null;
  return true;
}

export function or(a: Value, b: Value): boolean | null {
  const x = asLogical(a);
  const y = asLogical(b);
  if (x === true || y === true) return true;
  if (x === null || y === null) return null;
  return false;
}

// --- arithmetic and functions ----------------------------------------------

/** Null when either side is not a number, on division by zero, and on overflow. */
export function arithmetic(operator: ArithmeticOperator, a: Value, b: Value): number | null {
  if (typeof a !== "number" || typeof b !== "number") return null;
  let result: number;
  switch (operator) {
    case "+":
      result = a + b;
      break;
    case "-":
      result = a - b;
      break;
    case "*":
      result = a * b;
      break;
    case "/":
      if (b === 0) return null;
      result = a / b;
      break;
  }
  return Number.isFinite(result) ? result : null;
}

export function negate(value: Value): number | null {
  return typeof value === "number" ? 0 - value : null;
}

/**
 * A–Z become a–z; every other character stays. Unicode lowercasing differs
 * between engines and settings (final sigma, dotted İ, Turkish locales,
 * PostgreSQL with LC_CTYPE=C changes ASCII only), so the language promises
 * the one mapping every warehouse computes the same: TRANSLATE in the SQL.
 */
export function lower(value: Value): string | null {
  return typeof value === "string" ? value.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : null;
}

export function length(value: Value): number | null {
  return Array.isArray(value) ? value.length : null;
}
