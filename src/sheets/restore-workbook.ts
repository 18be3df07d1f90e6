import type { SheetsContent } from "../domain/plan/plan-to-sheets";
import { SHEETS } from "../domain/schema/workbook";
import { locateColumns, planHeaders, templateFor } from "../domain/workbook";
import { activeSpreadsheet } from "./active";
import { setupPlanSheet } from "./setup-plan-sheet";
import { setupTableSheet } from "./setup-table-sheet";

/**
 * Writes a plan's content into the workbook (the caller holds the lock):
 * sheets are set up first, then each table's data rows are replaced in one
 * write. Columns are found by label; a collaborator's extra columns are
 * emptied with the rows they belonged to. An existing Change log is kept.
 */
export function restoreWorkbook(content: SheetsContent): { sheet: string; rows: number }[] {
  const spreadsheet = activeSpreadsheet();
  const restored: { sheet: string; rows: number }[] = [];
  for (const spec of SHEETS) {
    const template = templateFor(spec);
    if (spec.layout === "keyValue") {
      const outcome = setupPlanSheet(spreadsheet, template, () => content.plan);
      if (outcome.kind === "skipped") throw new Error(outcome.reason);
      continue;
    }
    const outcome = setupTableSheet(spreadsheet, template);
    if (outcome.kind === "skipped") throw new Error(outcome.reason);
    const table = content.tables.find((entry) => entry.sheet === spec.name)!;
    const sheet = spreadsheet.getSheetByName(spec.name)!;
    const width = sheet.getLastColumn();
    const positions = locateColumns(sheet.getRange(1, 1, 1, width).getValues()[0], template.headers);
    const lastRow = sheet.getLastRow();
    // The Change log is append-only: an existing history is kept, never replaced by the file's.
    if (spec.addOnOwned && lastRow > 1) continue;
    if (lastRow > 1)
      sheet
        .getRange(2, 1, lastRow - 1, width)
        .clearContent()
        .clearNote()
        .setBackground(null);
    if (table.rows.length > 0) {
      const missing = table.rows.length + 1 - sheet.getMaxRows();
      if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
      const rows = table.rows.map((values) => {
        const row: unknown[] = new Array(width).fill("");
        table.columns.forEach((column, index) => (row[positions.get(column.key)! - 1] = values[index]));
        return row;
      });
      sheet.getRange(2, 1, rows.length, width).setValues(rows);
    }
    restored.push({ sheet: spec.name, rows: table.rows.length });
  }
  return restored;
}

/** Problems that would stop a restore half way, found before anything is written. */
export function restoreBlockers(): string[] {
  const spreadsheet = activeSpreadsheet();
  const blockers: string[] = [];
  for (const spec of SHEETS) {
    const sheet = spreadsheet.getSheetByName(spec.name);
    if (!sheet || sheet.getLastColumn() === 0) continue;
    const plan = planHeaders(templateFor(spec), sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]);
    if (plan.kind === "foreign") blockers.push(plan.reason);
  }
  return blockers;
}
