/**
 * Coercions from what a Sheets cell really holds (getValues: '' for empty,
 * numbers, booleans, Date objects, text typed by people) to typed values.
 * Each returns a result instead of throwing: validation must survive any cell.
 */
export type Coerced<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });
const fail = (problem: string): Coerced<never> => ({ ok: false, problem });

/** Dates from getValues may come from another realm (gas-local's vm), so no instanceof. */
export function isDate(value: unknown): value is Date {
  // Called on every cell: text and numbers leave at the typeof test, before the slower brand check.
  return typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Date]";
}

/** A short, safe rendering of a cell for messages: never dumps a 1 MB string. */
export function showCell(value: unknown): string {
  const text = isDate(value) ? (Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10)) : String(value);
  const clipped = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return JSON.stringify(clipped);
}

export function isEmptyCell(value: unknown): boolean {
  return value === "" || value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function toText(value: unknown): string {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isNaN(value)) return "";
  return String(value ?? "").trim();
}

// Every pattern here runs on whatever a person typed (up to 50,000 characters
// a cell), so none has two quantifiers that can match the same characters
// one after the other: backtracking stays linear.

/** 12, -3., 4.5, .5, 1e6: the digits before a dot are one run, never split between two quantifiers. */
const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/** "12", " 1,234.5 ", "45%" and real numbers; percent signs are dropped (columns hold 0–100). */
export function toNumber(value: unknown): Coerced<number> {
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : fail(`must be a number (got ${showCell(value)})`);
  if (typeof value !== "string") return fail(`must be a number (got ${showCell(value)})`);
  const cleaned = value
    .trim()
    .replace(/%$/, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .trim();
  if (!DECIMAL.test(cleaned)) return fail(`must be a number (got ${showCell(value)})`);
  return ok(Number(cleaned));
}

export function toBoolean(value: unknown): Coerced<boolean> {
  if (typeof value === "boolean") return ok(value);
  const text = toText(value).toLowerCase();
  if (["true", "yes", "y", "1", "x"].includes(text)) return ok(true);
  if (["false", "no", "n", "0"].includes(text)) return ok(false);
  return fail(`must be TRUE or FALSE, or a ticked checkbox (got ${showCell(value)})`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

/**
 * A Date cell, or text in ISO form (2025-06-01; a time of day is allowed and
 * ignored); ambiguous forms like 06/01/25 are refused.
 */
export function toDate(value: unknown): Coerced<Date> {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? fail("is not a valid date") : ok(new Date(value.getTime()));
  const match = ISO_DATE.exec(toText(value));
  if (match) {
    const [, y, m, d] = match.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return ok(date);
  }
  return fail(`must be a date such as 2025-06-30 (got ${showCell(value)})`);
}

/** Splits a comma (or semicolon / newline) list, trimming items and dropping empty ones. */
export function toList(value: unknown): string[] {
  return toText(value)
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** Matches case-insensitively, so "Email" counts as "email"; returns the canonical spelling. */
export function toEnumValue(value: unknown, allowed: readonly string[]): Coerced<string> {
  const text = toText(value);
  // Most cells hold the canonical spelling (a dropdown wrote it): found without lower-casing the list.
  if (allowed.includes(text)) return ok(text);
  const lower = text.toLowerCase();
  const found = allowed.find((candidate) => candidate.toLowerCase() === lower);
  return found === undefined ? fail(`must be one of ${allowed.join(", ")} (got ${showCell(text)})`) : ok(found);
}

/**
 * Something@domain.tld: no spaces, commas or semicolons, one @, and a dot in
 * the domain that is neither its first nor its last character. The domain's
 * first character is read alone so the run before the dot can exclude dots.
 */
export const EMAIL_ADDRESS = /^[^\s@,;]+@[^\s@,;][^\s@,;.]*\.[^\s@,;]+$/;

export function toEmail(value: unknown): Coerced<string> {
  const text = toText(value);
  return EMAIL_ADDRESS.test(text) ? ok(text) : fail(`must be an email address such as ana@example.com (got ${showCell(text)})`);
}

/** A count and a unit (h, d, w), as a Decay window is typed. */
export const DURATION = /^(\d+)\s*([hdw])$/i;
const HOURS_PER_UNIT: Record<string, number> = { h: 1, d: 24, w: 168 };

/** Decay windows such as 30d, 12h, 8w, kept as written plus their length in hours. */
export function toDuration(value: unknown): Coerced<{ text: string; hours: number }> {
  const text = toText(value);
  const match = DURATION.exec(text);
  if (!match) return fail(`must be a duration such as 30d, 12h or 8w (got ${showCell(text)})`);
  const unit = match[2].toLowerCase();
  return ok({ text: `${match[1]}${unit}`, hours: Number(match[1]) * HOURS_PER_UNIT[unit] });
}
