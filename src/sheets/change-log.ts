import type { ChangeLogEntry } from "../domain/schema/change-log";
import { describeColumns } from "../domain/schema/columns";
import { SHEETS } from "../domain/schema/workbook";
import { asLiteralText, locateColumns, templateFor } from "../domain/workbook";

const LOG = SHEETS.find((sheet) => sheet.name === "Change log")!;

/**
 * Appends entries to the Change log in one write, matching columns by label.
 * The caller holds the document lock. Without the sheet (not set up yet)
 * there is nowhere to log, and nothing is written.
 */
export function appendChangeLog(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, entries: readonly ChangeLogEntry[]): void {
  if (entries.length === 0) return;
  const sheet = spreadsheet.getSheetByName(LOG.name);
  if (!sheet || sheet.getLastColumn() === 0) return;
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
  const missing = start + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(start, 1, rows.length, width).setValues(rows);
}
