import { planHeaders, type SheetTemplate, type TemplateColumn } from "../domain/workbook";
import { applyDropdowns } from "./dropdowns";
import { formatHeaderRow, sizeNewColumns } from "./header-format";
import { HEADER_PROTECTION, OWNED_SHEET_PROTECTION, protectWarningOnly } from "./protect-header";

/** A Plan value setup wrote, for the Change log. */
export interface FieldWrite {
  label: string;
  before: unknown;
  after: string | number;
}

export type SheetOutcome =
  | { kind: "created"; fields?: FieldWrite[] }
  | { kind: "upgraded"; addedColumns: string[]; fields?: FieldWrite[] }
  | { kind: "skipped"; reason: string };

/**
 * Creates or upgrades one stage sheet. Existing rows and a collaborator's
 * own columns are never moved or rewritten: missing template columns are
 * appended after the last used column.
 */
export function setupTableSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, template: SheetTemplate): SheetOutcome {
  const existing = spreadsheet.getSheetByName(template.spec.name);
  const sheet = existing ?? spreadsheet.insertSheet(template.spec.name);
  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const plan = planHeaders(template, headerRow);
  if (plan.kind === "foreign") return { kind: "skipped", reason: plan.reason };

  const positions = new Map(plan.kind === "upgrade" ? plan.found : []);
  const toAdd: TemplateColumn[] = plan.kind === "upgrade" ? plan.missing : template.headers;
  const start = plan.kind === "upgrade" ? plan.firstFreeColumn : 1;
  if (toAdd.length > 0) {
    ensureColumns(sheet, start + toAdd.length - 1);
    sheet.getRange(1, start, 1, toAdd.length).setValues([toAdd.map((column) => column.label)]);
    toAdd.forEach((column, offset) => positions.set(column.key, start + offset));
  }

  const header = formatHeaderRow(sheet, positions, template.headers);
  sizeNewColumns(sheet, positions, toAdd);
  applyDropdowns(sheet, positions, template.headers);
  if (template.spec.addOnOwned) protectWarningOnly(sheet, null, OWNED_SHEET_PROTECTION);
  else protectWarningOnly(sheet, header, HEADER_PROTECTION);

  if (!existing || plan.kind === "create") return { kind: "created" };
  return { kind: "upgraded", addedColumns: toAdd.map((column) => column.label) };
}

function ensureColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, needed: number): void {
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}
