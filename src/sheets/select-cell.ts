import { normalizeLabel } from "../domain/workbook";
import { activeSpreadsheet } from "./active";

/** Selects the cell a finding points at, finding its column by header label. */
export function selectCell(sheetName: string, row: number, column: string): string {
  const sheet = activeSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`Sheet "${sheetName}" does not exist. Run Set up sheets first.`);
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const index = column ? header.findIndex((label) => normalizeLabel(label) === normalizeLabel(column)) : 0;
  if (index < 0) throw new Error(`Sheet "${sheetName}" has no "${column}" column. Run Set up sheets to restore it.`);
  const cell = sheet.getRange(Math.min(row, sheet.getMaxRows()), index + 1);
  sheet.activate();
  // setActiveRange (unlike Range.activate) scrolls the grid to the cell, so a finding far down is in view.
  sheet.setActiveRange(cell);
  return cell.getA1Notation();
}
