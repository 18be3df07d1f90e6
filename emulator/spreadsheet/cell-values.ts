import { formatDate, zonedParts } from "../format-date";

/** What a cell holds. Dates are stored as host Dates and copied on every read. */
export type CellValue = string | number | boolean | Date;

/** Sheets' default number format, as getNumberFormat() reports it. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";
export const PLAIN_TEXT_FORMAT = "@";

/** Value shown for formulas, which the emulator does not evaluate. */
export const FORMULA_RESULT = "#NAME?";

export function isDate(v: unknown): v is Date {
  // Works for Dates created in another realm (a gas-local vm context).
  return Object.prototype.toString.call(v) === "[object Date]";
}

export interface Interpreted {
  value?: CellValue;
  formula?: string;
  /** Number format Sheets applies when it recognises typed input (percent, date). */
  format?: string;
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The instant of a wall-clock time in the spreadsheet's time zone: Sheets
 * reads a typed "2025-06-01" as midnight there, not on the server.
 */
function zonedDate(timeZone: string, y: number, m: number, d: number, h = 0, min = 0, s = 0): Date | undefined {
  const wall = Date.UTC(y, m - 1, d, h, min, s);
  const check = new Date(wall);
  const valid = check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d && h < 24 && min < 60 && s < 60;
  if (!valid) return undefined;
  const offsetAt = (instant: number) => {
    const p = zonedParts(new Date(instant), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
  };
  // Twice: the offset at the first guess may differ across a daylight-saving change.
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/** A string as Sheets interprets it when typed in the UI (or written with setValue). */
export function interpretString(raw: string, timeZone: string, numberFormat?: string): Interpreted {
  if (numberFormat === PLAIN_TEXT_FORMAT) return raw === "" ? {} : { value: raw };
  if (raw === "") return {};
  if (raw.startsWith("'")) return raw.length > 1 ? { value: raw.slice(1) } : {};
  if (raw.startsWith("=") && raw.length > 1) return { formula: raw };
  const text = raw.trim();
  const percent = text.endsWith("%");
  const numeric = percent ? text.slice(0, -1).trim() : text;
  if (/\d/.test(numeric) && NUMBER.test(numeric)) {
    const n = Number(numeric.replace(/,/g, ""));
    if (percent) return { value: n / 100, format: numeric.includes(".") ? "0.00%" : "0%" };
    return { value: n };
  }
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  let m = ISO_DATE.exec(text);
  if (m) {
    const d = zonedDate(timeZone, +m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    if (d) return { value: d, format: m[4] ? "yyyy-mm-dd hh:mm:ss" : "yyyy-mm-dd" };
  }
  m = US_DATE.exec(text);
  if (m) {
    const d = zonedDate(timeZone, +m[3], +m[1], +m[2]);
    if (d) return { value: d, format: "M/d/yyyy" };
  }
  return { value: raw };
}

/** A value passed to setValue(s): strings are interpreted, other types kept (Dates copied). */
export function interpretInput(raw: unknown, timeZone: string, numberFormat?: string): Interpreted {
  if (raw === null || raw === undefined) return {};
  if (typeof raw === "string") return interpretString(raw, timeZone, numberFormat);
  if (typeof raw === "number" || typeof raw === "boolean") return { value: raw };
  if (isDate(raw)) return { value: new Date(raw.getTime()) };
  return { value: String(raw) };
}

function formatNumber(n: number, nf: string | undefined): string {
  switch (nf) {
    case "0":
      return String(Math.round(n));
    case "0.00":
      return n.toFixed(2);
    case "#,##0":
      return n.toLocaleString("en-US", { maximumFractionDigits: 0 });
    case "#,##0.00":
      return n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "0%":
      return `${Math.round(n * 100)}%`;
    case "0.00%":
      return `${(n * 100).toFixed(2)}%`;
    default:
      return String(Number(n.toPrecision(15)));
  }
}

/** Sheets date formats use "mm" for both month and minute; minutes follow an hour. */
function sheetsToJavaPattern(nf: string): string {
  let sawHour = false;
  return nf.replace(/y+|m+|d+|h+|s+|am\/pm/gi, (tok) => {
    const lower = tok.toLowerCase();
    if (lower[0] === "h") {
      sawHour = true;
      return "H".repeat(tok.length);
    }
    if (lower[0] === "m") return sawHour ? "m".repeat(tok.length) : "M".repeat(tok.length);
    if (lower === "am/pm") return "a";
    return lower;
  });
}

/** The text the grid shows for a value (getDisplayValues). */
export function displayValue(v: CellValue | undefined, nf: string | undefined, timeZone: string): string {
  if (v === undefined || v === "") return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return nf === PLAIN_TEXT_FORMAT ? String(v) : formatNumber(v, nf);
  if (nf && /[ymdhs]/i.test(nf) && nf !== DEFAULT_NUMBER_FORMAT) {
    return formatDate(v, timeZone, sheetsToJavaPattern(nf));
  }
  const p = zonedParts(v, timeZone);
  const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
  return formatDate(v, timeZone, midnight ? "M/d/yyyy" : "M/d/yyyy H:mm:ss");
}

/** Sheets' serial date number (days since 1899-12-30 in the sheet's time zone). */
export function dateSerial(d: Date, timeZone: string): number {
  const p = zonedParts(d, timeZone);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);
  return (local - Date.UTC(1899, 11, 30)) / 86400000;
}
