import type { SheetContent } from "../domain/workbook/default-sheet";
import type { Transaction } from "../platform/transaction";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The last row with content, one call: 0 when no cell has a value. */
export function lastRowOf(tx: Transaction, sheet: Sheet): number {
  return tx.read(() => sheet.getLastRow());
}

/** Values and notes over the whole grid: getLastRow does not see notes, so they are read cell by cell in one call. */
export function readSheetContent(tx: Transaction, sheet: Sheet): SheetContent {
  const lastRow = tx.read(() => sheet.getLastRow());
  const lastColumn = tx.read(() => sheet.getLastColumn());
  const rows = tx.read(() => sheet.getMaxRows());
  const columns = tx.read(() => sheet.getMaxColumns());
  const notes = tx.read(() => sheet.getRange(1, 1, rows, columns).getNotes());
  return { lastRow, lastColumn, hasNotes: notes.some((row) => row.some((note) => note !== "")) };
}

/** Deletes a sheet the caller found empty under the document lock. */
export function deleteSheet(
  tx: Transaction,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  { sheet, name }: { sheet: Sheet; name: string },
): void {
  let attempts = 0;
  tx.write(null, () => {
    // A failed delete may have landed: a retry looks first.
    if (attempts++ > 0 && !spreadsheet.getSheetByName(name)) return;
    spreadsheet.deleteSheet(sheet);
  });
}
