import type { TemplateColumn } from "../domain/workbook";

/**
 * One data-validation call per enum column, covering every row below the
 * header. Invalid entries are flagged, not rejected: a pasted value is never
 * lost, and Validate explains the fix.
 */
export function applyDropdowns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ReadonlyMap<string, number>,
  columns: readonly TemplateColumn[],
): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const column of columns) {
    const position = positions.get(column.key);
    if (!column.dropdown || position === undefined) continue;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...column.dropdown], true)
      .setAllowInvalid(true)
      .setHelpText(`${column.label}: choose one of ${column.dropdown.join(", ")}.`)
      .build();
    sheet.getRange(2, position, rows, 1).setDataValidation(rule);
  }
}
