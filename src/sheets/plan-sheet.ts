import { describeColumns } from "../domain/schema/columns";
import { PLAN_SHEET } from "../domain/schema/workbook";
import { asLiteralText, locatePlanFields } from "../domain/workbook";
import { calendarFormatter, datesToText } from "./calendar-dates";
import { forgetSnapshot } from "./edit-snapshot";

/** The Plan sheet's values by field key, read in one call; null when the sheet is missing. */
export function readPlanValues(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Record<string, unknown> | null {
  const sheet = spreadsheet.getSheetByName(PLAN_SHEET.name);
  if (!sheet || sheet.getLastRow() === 0) return null;
  const values = datesToText(
    sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues(),
    calendarFormatter(spreadsheet.getSpreadsheetTimeZone()),
  );
  const layout = locatePlanFields(
    values.map((row) => row[0]),
    describeColumns(PLAN_SHEET.row),
  );
  const result: Record<string, unknown> = {};
  for (const [key, row] of layout.rows) result[key] = values[row - 1][1];
  return result;
}

/**
 * Writes one Plan value (found by its Field label) as literal text, as the
 * add-on does for Drive folder, Changed since export and Reminders. Script
 * writes fire no onEdit, so the edit snapshot of the Plan sheet is dropped.
 */
export function writePlanField(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string, value: string): void {
  const sheet = spreadsheet.getSheetByName(PLAN_SHEET.name);
  if (!sheet || sheet.getLastRow() === 0) return;
  const layout = locatePlanFields(
    sheet
      .getRange(1, 1, sheet.getLastRow(), 1)
      .getValues()
      .map((row) => row[0]),
    describeColumns(PLAN_SHEET.row),
  );
  const row = layout.rows.get(key);
  if (row === undefined) return;
  sheet.getRange(row, 2).setValue(asLiteralText(value));
  forgetSnapshot(PLAN_SHEET.name, row, row);
}
