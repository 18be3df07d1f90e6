import type { LoadedAddOn } from "./bundle";
import { sheetValues } from "./bundle";

/** A person types or pastes into the grid, then Sheets runs the simple onEdit trigger with the event. */
export function edit(addOn: LoadedAddOn, sheet: string, a1: string, values: unknown[][]): void {
  const event = addOn.emulator.simulateEdit(sheet, a1, values);
  (addOn.context.onEdit as (e: unknown) => void)(event);
}

export interface LogRow {
  Timestamp: string;
  User: string;
  Sheet: string;
  "Row key": string;
  Column: string;
  "Old value": string;
  "New value": string;
  Source: string;
}

/** The Change log as a person reads it: one object per row, by header label. */
export function changeLog(addOn: LoadedAddOn): LogRow[] {
  const [header, ...rows] = sheetValues(addOn, "Change log");
  return rows.map((row) => Object.fromEntries(header.map((label, index) => [label, String(row[index] ?? "")])) as unknown as LogRow);
}

/** The rows a test cares about: what changed, where, by whom. */
export const brief = (row: LogRow) => [row.User, row.Sheet, row["Row key"], row.Column, row["Old value"], row["New value"], row.Source];
