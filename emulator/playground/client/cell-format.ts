import type { Cell, ValidationSpec } from "../../spreadsheet/sheet-model";

/** A stored cell as /api/state sends it: the emulator's cell, its value JSON-encoded (Dates as {"$date": iso}). */
export type CellState = Omit<Cell, "v"> & { v?: unknown };

export type DataValidation = ValidationSpec;

/**
 * The saved state keeps each data-validation rule once per sheet (`rules`)
 * and cells point at it by index; the page wants the rule on the cell.
 */
export function withRule(cell: Omit<CellState, "dv"> & { dv?: DataValidation | number }, rules: readonly unknown[]): CellState {
  if (typeof cell.dv !== "number") return cell as CellState;
  return { ...cell, dv: rules[cell.dv] as DataValidation | undefined };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** yyyy-mm-dd in the spreadsheet's time zone, plus the time when there is one. */
export function formatDate(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, Number(part.value)]),
  );
  const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  const midnight = parts.hour === 0 && parts.minute === 0 && parts.second === 0;
  return midnight ? date : `${date} ${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
}

const isEncodedDate = (value: unknown): value is { $date: string } =>
  typeof value === "object" && value !== null && typeof (value as { $date?: unknown }).$date === "string";

/** The text a cell shows in the grid. */
export function displayText(cell: CellState | undefined, timeZone: string): string {
  if (!cell) return "";
  const value = cell.v;
  if (cell.dv?.type === "CHECKBOX") return value === true || (cell.dv.values.length > 0 && value === cell.dv.values[0]) ? "☑" : "☐";
  if (value === undefined || value === null) return cell.f ? "#NAME?" : "";
  if (isEncodedDate(value)) return formatDate(value.$date, timeZone);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && cell.nf?.includes("%")) return `${Number((value * 100).toPrecision(12))}%`;
  if (typeof value === "object") return String((value as { $num?: string }).$num ?? "");
  return String(value);
}

/** What the editor starts with: the formula if any, else what a person would retype. */
export function editText(cell: CellState | undefined, timeZone: string): string {
  if (cell?.f) return cell.f;
  if (cell?.dv?.type === "CHECKBOX") return cell.v === true ? "TRUE" : cell.v === false ? "FALSE" : "";
  return displayText(cell, timeZone);
}

/** The allowed values of a dropdown cell, or null when the cell has no list. */
export function dropdownValues(cell: CellState | undefined): string[] | null {
  if (cell?.dv?.type !== "VALUE_IN_LIST") return null;
  const [list] = cell.dv.values;
  return Array.isArray(list) ? list.map(String) : null;
}
