import type { ChangeLogEntry } from "../domain/schema/change-log";
import { describeColumns } from "../domain/schema/columns";
import { SHEETS } from "../domain/schema/workbook";
import { asLiteralText, locateColumns, templateFor } from "../domain/workbook";
import { takeParkedEntries } from "./pending-log";

const LOG = SHEETS.find((sheet) => sheet.name === "Change log")!;
const GROW_ROWS = 1_000;

/**
 * Appends entries to the Change log in one write, matching columns by label;
 * rows an edit trigger had to park come first. It only ever appends: no
 * row is rewritten. The caller holds the document lock. Without the sheet
 * (not set up yet) there is nowhere to log, and nothing is written.
 */
export function appendChangeLog(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, newEntries: readonly ChangeLogEntry[]): void {
  if (newEntries.length === 0) return;
  const sheet = spreadsheet.getSheetByName(LOG.name);
  if (!sheet || sheet.getLastColumn() === 0) return;
  const entries = [...takeParkedEntries(), ...newEntries];
  const width = sheet.getLastColumn();
  const positions = locateColumns(sheet.getRange(1, 1, 1, width).getValues()[0], templateFor(LOG).headers);
  const rows = entries.map((entry) => {
    const row: unknown[] = new Array(width).fill("");
    for (const column of describeColumns(LOG.row)) {
      const position = positions.get(column.key);
      const value = entry[column.key as keyof ChangeLogEntry];
      if (position !== undefined && value !== null) row[position - 1] = asLiteralText(String(value));
    }
    return row;
  });
  const start = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  const missing = start + rows.length - 1 - maxRows;
  // The log grows by at least GROW_ROWS at a time, so most appends need no insert (one call fewer per edit).
  if (missing > 0) sheet.insertRowsAfter(maxRows, Math.max(missing, GROW_ROWS));
  sheet.getRange(start, 1, rows.length, width).setValues(rows);
}
