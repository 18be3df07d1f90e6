import type { World } from "../world";
import { PROTECTED_MESSAGE } from "./range-base";
import type { SpreadsheetModel } from "./spreadsheet-model";

/** Rows a person deletes, or inserts before `row`, from the grid's row headers. */
export interface RowChange {
  kind: "delete" | "insert";
  row: number;
  count: number;
}

/**
 * A person deleting or inserting rows: protections apply to the user, no
 * service call is counted and no simple trigger runs (Sheets has none for
 * it; an installable change trigger would). Rows below move, and range
 * protections move with them.
 */
export function simulateRowChange(w: World, ss: SpreadsheetModel, sheetName: string, change: RowChange): void {
  const sheet = ss.sheetByName(sheetName);
  if (!sheet) throw new Error(`simulateRowChange: no sheet named "${sheetName}"`);
  const { kind, row, count } = change;
  if (!Number.isInteger(row) || !Number.isInteger(count) || count < 1)
    throw new Error("simulateRowChange: row and count must be whole numbers");
  if (kind === "insert") {
    if (row < 1 || row > sheet.maxRows + 1) throw w.error("Those rows are out of bounds.");
    sheet.insertRows(row, count);
    ss.shiftProtections(sheet, "row", row, count);
    return;
  }
  if (row < 1 || row + count - 1 > sheet.maxRows) throw w.error("Those rows are out of bounds.");
  if (sheet.maxRows - count <= sheet.frozenRows) throw w.error("Sorry, it is not possible to delete all non-frozen rows.");
  if (!ss.canEdit(sheet, { row, col: 1, numRows: count, numCols: sheet.maxCols }, w.user)) throw w.error(PROTECTED_MESSAGE);
  sheet.deleteRows(row, count);
  ss.shiftProtections(sheet, "row", row + count, -count);
}
