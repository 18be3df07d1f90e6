import type { DescribedColumn } from "../schema/columns";
import { locateColumns } from "./header-plan";
import { normalizeLabel, type TemplateColumn } from "./sheet-template";

/** Where each Plan field sits (1-based row), found by its label in the Field column. */
export interface PlanFieldLayout {
  rows: Map<string, number>;
  missing: DescribedColumn[];
  /** First row after the last used one: missing fields go here, in template order. */
  firstFreeRow: number;
}

export function locatePlanFields(fieldColumn: readonly unknown[], fields: readonly DescribedColumn[]): PlanFieldLayout {
  const byLabel = new Map<string, number>();
  let lastUsed = 1;
  fieldColumn.forEach((cell, index) => {
    const label = normalizeLabel(cell);
    if (!label) return;
    lastUsed = index + 1;
    if (!byLabel.has(label)) byLabel.set(label, index + 1);
  });
  const rows = new Map<string, number>();
  const missing: DescribedColumn[] = [];
  for (const field of fields) {
    const row = byLabel.get(normalizeLabel(field.label));
    if (row !== undefined && row > 1) rows.set(field.key, row);
    else missing.push(field);
  }
  return { rows, missing, firstFreeRow: lastUsed + 1 };
}

/**
 * Where the Plan sheet's fields and values are: the Field and Value columns
 * found by their header labels (like every other sheet's columns, so a
 * column inserted before them moves nothing), then each field's row by its
 * label. Null when row 1 has no Field or no Value column.
 */
export function locatePlanSheet(
  values: readonly (readonly unknown[])[],
  headers: readonly TemplateColumn[],
  fields: readonly DescribedColumn[],
): { valueColumn: number; rows: Map<string, number> } | null {
  const columns = locateColumns(values[0] ?? [], headers);
  const fieldColumn = columns.get("field");
  const valueColumn = columns.get("value");
  if (fieldColumn === undefined || valueColumn === undefined) return null;
  const layout = locatePlanFields(
    values.map((row) => row[fieldColumn - 1]),
    fields,
  );
  return { valueColumn, rows: layout.rows };
}
