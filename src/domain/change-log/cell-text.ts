import { isDate } from "../schema/cell-values";

/**
 * A cell as the Change log writes it and the edit snapshot stores it: text,
 * with dates as calendar text in the spreadsheet's zone (the caller's
 * formatter), booleans as Sheets shows them, empty as "".
 */
export function cellText(value: unknown, formatDate: (date: Date) => string): string {
  if (value === null || value === undefined) return "";
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "" : formatDate(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Days from Sheets' epoch (1899-12-30) to 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25569;

/**
 * onEdit's e.oldValue gives a date cell as a serial number of days in the
 * spreadsheet's local time; read as wall-clock time it is the calendar text
 * the sheet showed ("2026-12-15", or with its time of day).
 */
export function serialToCalendarText(serial: number): string {
  const iso = new Date(Math.round((serial - EPOCH_OFFSET_DAYS) * 86_400_000)).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? day : `${day}T${time}`;
}
