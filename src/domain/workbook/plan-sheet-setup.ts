import { dropdownRule, EMPTY_HEADER, headerFormatEdits, widthEdits } from "./header-edits";
import { planHeaders } from "./header-plan";
import { asLiteralText } from "./literal-text";
import { locatePlanFields } from "./plan-fields";
import { HEADER_PROTECTION } from "./protections";
import { changedRuns, changedSpan, type DropdownRule, type SheetEdit, type SheetPlan } from "./sheet-edits";
import type { SheetTemplate } from "./sheet-template";
import type { FieldWrite, SheetOutcome, SheetView } from "./table-setup";

export type PlanCellValue = string | number;

/** The Plan sheet as read: its data range's values, notes and font weights (row 1 is the header). */
export interface PlanSheetView extends SheetView {
  values: readonly (readonly unknown[])[];
  notes: readonly (readonly string[])[];
  weights: readonly (readonly string[])[];
}

export interface PlanSheetSetup {
  outcome: SheetOutcome;
  plan: SheetPlan | null;
  fields: FieldWrite[];
  /** Whether formats, dropdowns and the protection were planned too (they need row 1's formats and the protection read). */
  reapplied: boolean;
}

/**
 * Creates or upgrades the Plan sheet (Field | Value, found by their header
 * labels like every other sheet's columns) and writes the given values.
 * Fields are found by label; a field someone moved stays where it is, missing
 * fields are appended, values not given are left alone. `formats` re-applies
 * notes, bold labels, dropdowns and the protection (Set up sheets); without
 * it they are written only where fields or columns are added (Import).
 */
export function planPlanSheet(
  template: SheetTemplate,
  view: PlanSheetView,
  valuesFor: (current: Record<string, unknown>) => Record<string, PlanCellValue>,
  options: { index: number | null; formats: boolean },
): PlanSheetSetup {
  const rows = view.exists ? view.values : [];
  const headers = planHeaders(template, rows[0] ?? []);
  if (headers.kind === "foreign") return { outcome: { kind: "skipped", reason: headers.reason }, plan: null, fields: [], reapplied: false };

  const positions = new Map(headers.kind === "upgrade" ? headers.found : []);
  const addedColumns = template.headers.filter((column) => !positions.has(column.key));
  let next = headers.kind === "upgrade" ? headers.firstFreeColumn : 1;
  for (const column of addedColumns) positions.set(column.key, next++);
  const fieldColumn = positions.get("field")!;
  const valueColumn = positions.get("value")!;
  const width = Math.max(next - 1, fieldColumn, valueColumn);

  const edits: SheetEdit[] = [];
  for (const column of addedColumns)
    edits.push({ kind: "cells", property: "values", row: 1, column: positions.get(column.key)!, cells: [[column.label]] });

  const layout = locatePlanFields(
    rows.map((row) => row[fieldColumn - 1]),
    template.fields,
  );
  layout.missing.forEach((field, offset) => layout.rows.set(field.key, layout.firstFreeRow + offset));
  const lastFieldRow = Math.max(...layout.rows.values());
  if (layout.missing.length > 0)
    edits.push({
      kind: "cells",
      property: "values",
      row: layout.firstFreeRow,
      column: fieldColumn,
      cells: layout.missing.map((field) => [asLiteralText(field.label)]),
    });

  const cell = (row: number, column: number) => rows[row - 1]?.[column - 1] ?? "";
  const current: Record<string, unknown> = {};
  for (const [key, row] of layout.rows) current[key] = cell(row, valueColumn);
  const fields: FieldWrite[] = [];
  const wanted: (string | number | undefined)[] = Array(lastFieldRow).fill(undefined);
  for (const [key, value] of Object.entries(valuesFor(current))) {
    const row = layout.rows.get(key);
    if (row === undefined || current[key] === value) continue;
    wanted[row - 1] = typeof value === "string" ? asLiteralText(value) : value;
    fields.push({ label: template.fields.find((field) => field.key === key)?.label ?? key, before: current[key], after: value });
  }
  edits.push(...changedRuns("values", { row: 1, column: valueColumn, along: "column" }, [], wanted, () => false));

  const reapply = options.formats || !view.exists || headers.kind === "create" || layout.missing.length > 0 || addedColumns.length > 0;
  if (reapply) {
    edits.push(...headerFormatEdits(view.exists ? view.header : EMPTY_HEADER, positions, template.headers, width, !view.exists));
    if (view.frozenRows !== 1) edits.push({ kind: "frozenRows", rows: 1 });
    if (headers.kind === "create") edits.push(...widthEdits(positions, template.headers));
    // The Field labels carry their explanation as a note, in bold.
    const labelLine = { row: 2, column: fieldColumn, along: "column" } as const;
    const labelRows = Array.from({ length: lastFieldRow - 1 }, (_, offset) => offset + 2);
    const notes = labelRows.map((row) => view.notes[row - 1]?.[fieldColumn - 1] ?? "");
    const wantedNotes = [...notes];
    for (const field of template.fields) wantedNotes[layout.rows.get(field.key)! - 2] = field.note;
    edits.push(...changedSpan("notes", labelLine, notes, wantedNotes));
    const weights = labelRows.map((row) => view.weights[row - 1]?.[fieldColumn - 1] ?? "normal");
    edits.push(...changedSpan("weights", labelLine, weights, Array(labelRows.length).fill("bold")));
    edits.push(...valueDropdowns(template, layout.rows, valueColumn));
    if (!view.exists || layout.missing.length > 0 || !view.protection?.warningOnly)
      edits.push({
        kind: "protect",
        region: { row: 1, column: fieldColumn, rows: lastFieldRow, columns: 1 },
        description: HEADER_PROTECTION,
      });
  }

  const plan: SheetPlan = {
    name: template.spec.name,
    create: view.exists ? null : { index: options.index },
    size: { rows: Math.max(view.maxRows, lastFieldRow), columns: Math.max(view.maxColumns, width) },
    edits,
  };
  const outcome: SheetOutcome =
    !view.exists || headers.kind === "create"
      ? { kind: "created", fields }
      : { kind: "upgraded", addedColumns: layout.missing.map((field) => field.label), fields };
  return { outcome, plan, fields, reapplied: reapply };
}

/** Pattern and Warehouse get their dropdown on the Value cell, in one setDataValidations. */
function valueDropdowns(template: SheetTemplate, rows: ReadonlyMap<string, number>, valueColumn: number): SheetEdit[] {
  const rules = new Map<number, DropdownRule>();
  for (const field of template.fields) {
    if (field.kind === "enum" && field.values) rules.set(rows.get(field.key)!, dropdownRule(field.label, field.values));
  }
  if (rules.size === 0) return [];
  const first = Math.min(...rules.keys());
  const count = Math.max(...rules.keys()) - first + 1;
  return [
    {
      kind: "dropdowns",
      region: { row: first, column: valueColumn, rows: count, columns: 1 },
      rules: Array.from({ length: count }, (_, offset) => [rules.get(first + offset)]),
    },
  ];
}
