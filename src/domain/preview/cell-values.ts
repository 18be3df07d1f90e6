// One sample-data cell to a typed value, or a message saying what is wrong.
// Cells come from Sheets' getValues (strings, numbers, booleans, Date) or
// from CSV (strings). An empty cell is a missing value (null), as in logic.

import { parseIsoDate } from "../logic";
import type { AttributeType, Value } from "../logic";

export type CellResult = { ok: true; value: Value } | { ok: false; message: string };

export interface CellContext {
  type: AttributeType | "unknown";
  allowedValues: readonly string[];
  /** The calendar day of a Date cell for `date` attributes: Sheets gives midnight in the spreadsheet's zone. */
  dayOf: (date: Date) => string;
}

/** The digits before a dot are one run (not `\d+\.?\d*`, which backtracks quadratically on a long cell). */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TRUE_TEXTS = ["true", "yes", "1"];
const FALSE_TEXTS = ["false", "no", "0"];

const ok = (value: Value): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

/** A Date cell as text; an invalid Date (which toISOString would throw on) reads as such. */
export function dateText(date: Date): string {
  return Number.isNaN(date.getTime()) ? "Invalid Date" : date.toISOString();
}

export function isEmptyCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function readCell(cell: unknown, context: CellContext): CellResult {
  if (isEmptyCell(cell)) return ok(null);
  const text = typeof cell === "string" ? cell.trim() : undefined;
  switch (context.type) {
    case "string":
      return ok(cell instanceof Date ? dateText(cell) : String(cell));
    case "number":
    case "integer": {
      const value = typeof cell === "number" ? cell : text !== undefined && NUMBER.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(value))
        return fail("is not a number; write digits with a dot for decimals and no thousands separators, e.g. 1234.5");
      if (context.type === "integer" && !Number.isInteger(value)) return fail("is not a whole number");
      return ok(value);
    }
    case "boolean":
      if (typeof cell === "boolean") return ok(cell);
      if (cell === 1 || cell === 0) return ok(cell === 1);
      if (text !== undefined && TRUE_TEXTS.includes(text.toLowerCase())) return ok(true);
      if (text !== undefined && FALSE_TEXTS.includes(text.toLowerCase())) return ok(false);
      return fail("is not true or false");
    case "date":
      if (cell instanceof Date)
        return Number.isNaN(cell.getTime()) ? fail("is not a valid date") : ok(new Date(`${context.dayOf(cell)}T00:00:00Z`));
      if (text !== undefined && DAY.test(text) && parseIsoDate(text)) return ok(parseIsoDate(text));
      return fail("is not a date; write it as YYYY-MM-DD, e.g. 2025-06-01");
    case "timestamp": {
      if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail("is not a valid timestamp") : ok(cell);
      const instant = text === undefined ? null : parseIsoDate(text);
      return instant
        ? ok(instant)
        : fail("is not a timestamp; write it as ISO text, e.g. 2025-06-01T09:30:00Z (UTC when no offset is given)");
    }
    case "enum": {
      const value = cell instanceof Date ? dateText(cell) : String(cell).trim();
      if (context.allowedValues.length > 0 && !context.allowedValues.includes(value)) {
        return fail(`is not one of the allowed values (${context.allowedValues.join(", ")}); values are case-sensitive`);
      }
      return ok(value);
    }
    case "string_list":
      return readList(cell, text);
    case "unknown":
      return ok(cell instanceof Date || typeof cell === "number" || typeof cell === "boolean" ? cell : String(cell));
  }
}

/** A comma-separated list (`export, share`) or a JSON array of texts (`["a,b", "c"]`; `[]` is the empty list). */
function readList(cell: unknown, text: string | undefined): CellResult {
  if (Array.isArray(cell) && cell.every((item) => typeof item === "string")) return ok(cell as string[]);
  if (text === undefined) return fail("is not a list; write the items separated by commas, e.g. export, share");
  if (!text.startsWith("["))
    return ok(
      text
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== ""),
    );
  try {
    const items: unknown = JSON.parse(text);
    if (Array.isArray(items) && items.every((item) => typeof item === "string")) return ok(items as string[]);
  } catch {
    // falls through to the message below
  }
  return fail('is not a list of texts; write ["a", "b"] or a, b');
}
