import { HEADER_PROTECTION, protectWarningOnly } from "./protect-header";
import { formatHeaderRow, sizeNewColumns } from "./header-format";
import { asLiteralText, locatePlanFields, planHeaders, type SheetTemplate } from "../domain/workbook";
import type { FieldWrite, SheetOutcome } from "./setup-table-sheet";

export type PlanCellValue = string | number;

/**
 * Creates or upgrades the Plan sheet (Field | Value) and writes the given
 * values. Fields are found by label; a field someone moved stays where it is,
 * missing fields are appended, and values not given are left alone.
 */
export function setupPlanSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  template: SheetTemplate,
  valuesFor: (current: Record<string, unknown>) => Record<string, PlanCellValue>,
): SheetOutcome {
  const existing = spreadsheet.getSheetByName(template.spec.name);
  const sheet = existing ?? spreadsheet.insertSheet(template.spec.name, 0);
  const lastRow = sheet.getLastRow();
  const current = lastRow > 0 ? sheet.getRange(1, 1, lastRow, 2).getValues() : [];
  const plan = planHeaders(template, current[0] ?? []);
  if (plan.kind === "foreign") return { kind: "skipped", reason: plan.reason };

  if (plan.kind === "create") sheet.getRange(1, 1, 1, 2).setValues([template.headers.map((column) => column.label)]);
  const layout = locatePlanFields(
    current.map((row) => row[0]),
    template.fields,
  );
  if (layout.missing.length > 0) {
    const labels = layout.missing.map((field) => [field.label]);
    sheet.getRange(layout.firstFreeRow, 1, labels.length, 1).setValues(labels);
    layout.missing.forEach((field, offset) => layout.rows.set(field.key, layout.firstFreeRow + offset));
  }

  const currentValues: Record<string, unknown> = {};
  for (const [key, row] of layout.rows) currentValues[key] = current[row - 1]?.[1] ?? "";
  const fields = writeFieldValues(sheet, template, layout.rows, currentValues, valuesFor(currentValues));
  annotateFields(sheet, template, layout.rows);

  const positions = new Map([
    ["field", 1],
    ["value", 2],
  ]);
  formatHeaderRow(sheet, positions, template.headers);
  if (plan.kind === "create") sizeNewColumns(sheet, positions, template.headers);
  // The Field labels are how the add-on finds each value, so they carry the warning.
  protectWarningOnly(sheet, sheet.getRange(1, 1, Math.max(...layout.rows.values()), 1), HEADER_PROTECTION);

  if (!existing || plan.kind === "create") return { kind: "created", fields };
  return { kind: "upgraded", addedColumns: layout.missing.map((field) => field.label), fields };
}

/** One write per changed field: rewriting the whole column could turn a formula someone wrote into its value. */
function writeFieldValues(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  template: SheetTemplate,
  rows: ReadonlyMap<string, number>,
  current: Record<string, unknown>,
  next: Record<string, PlanCellValue>,
): FieldWrite[] {
  const written: FieldWrite[] = [];
  for (const [key, value] of Object.entries(next)) {
    const row = rows.get(key);
    if (row === undefined || current[key] === value) continue;
    sheet.getRange(row, 2).setValue(typeof value === "string" ? asLiteralText(value) : value);
    written.push({ label: template.fields.find((field) => field.key === key)?.label ?? key, before: current[key], after: value });
  }
  return written;
}

/** Field labels carry their explanation as a note; Pattern gets its dropdown. */
function annotateFields(sheet: GoogleAppsScript.Spreadsheet.Sheet, template: SheetTemplate, rows: ReadonlyMap<string, number>): void {
  const lastRow = Math.max(...rows.values());
  const labels = sheet.getRange(2, 1, lastRow - 1, 1);
  const notes = labels.getNotes();
  for (const field of template.fields) {
    const row = rows.get(field.key);
    if (row !== undefined) notes[row - 2][0] = field.note;
    if (row !== undefined && field.kind === "enum" && field.values) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...field.values], true)
        .setAllowInvalid(true)
        .build();
      sheet.getRange(row, 2).setDataValidation(rule);
    }
  }
  labels.setNotes(notes).setFontWeight("bold");
}
