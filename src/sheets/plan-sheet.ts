import { describeColumns } from "../domain/schema/columns";
import { PLAN_SHEET } from "../domain/schema/workbook";
import { asLiteralText, locatePlanSheet, templateFor } from "../domain/workbook";
import { calendarFormatter, datesToText } from "./calendar-dates";
import { forgetSnapshot } from "../store/edit-snapshot";

const PLAN_TEMPLATE = templateFor(PLAN_SHEET);
const FIELDS = describeColumns(PLAN_SHEET.row);

/** The Plan sheet's values by field key, read in one call (Field and Value found by label); null when the sheet is missing. */
export function readPlanValues(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Record<string, unknown> | null {
  const sheet = spreadsheet.getSheetByName(PLAN_SHEET.name);
  if (!sheet) return null;
  return planValuesIn(datesToText(sheet.getDataRange().getValues(), calendarFormatter(spreadsheet.getSpreadsheetTimeZone())));
}

/** The Plan values by field key in the Plan sheet's values as getValues returns them (dates as text); null without Field and Value columns. */
export function planValuesIn(values: readonly (readonly unknown[])[]): Record<string, unknown> | null {
  const layout = locatePlanSheet(values, PLAN_TEMPLATE.headers, FIELDS);
  if (!layout) return null;
  const result: Record<string, unknown> = {};
  for (const [key, row] of layout.rows) result[key] = values[row - 1][layout.valueColumn - 1];
  return result;
}

/**
 * Writes one Plan value (found by its Field label) as literal text, as the
 * add-on does for Drive folder, Changed since export and Reminders. Script
 * writes fire no onEdit, so the edit snapshot of the Plan sheet is dropped.
 */
export function writePlanField(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string, value: string): void {
  const sheet = spreadsheet.getSheetByName(PLAN_SHEET.name);
  if (!sheet) return;
  planFieldsOf(sheet, sheet.getDataRange().getValues()).write(key, value);
}

export interface PlanFields {
  /** Writes one value as literal text, unless the cell already reads so; false when it was already there or has no row. */
  write(key: string, value: string): boolean;
  /** Puts back, as read, every value written through it. */
  restore(): void;
}

/**
 * The Plan sheet's values as the caller read them under the lock: each field
 * is found, compared and put back without reading the sheet again. A value
 * that is already there is not written (nor its snapshot dropped).
 */
export function planFieldsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: readonly (readonly unknown[])[]): PlanFields {
  const layout = locatePlanSheet(values, PLAN_TEMPLATE.headers, FIELDS);
  const current = values.map((row) => [...row]);
  const written = new Map<number, unknown>();
  const put = (row: number, value: unknown) => {
    sheet.getRange(row, layout!.valueColumn).setValue(typeof value === "string" ? asLiteralText(value) : value);
    current[row - 1][layout!.valueColumn - 1] = value;
    forgetSnapshot(PLAN_SHEET.name, row, row);
  };
  return {
    write(key, value) {
      const row = layout?.rows.get(key);
      if (!layout || row === undefined || current[row - 1][layout.valueColumn - 1] === value) return false;
      if (!written.has(row)) written.set(row, current[row - 1][layout.valueColumn - 1]);
      put(row, value);
      return true;
    },
    restore() {
      for (const [row, value] of written) if (current[row - 1][layout!.valueColumn - 1] !== value) put(row, value);
    },
  };
}
