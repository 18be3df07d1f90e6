import { describeColumns, type DescribedColumn } from "../schema/columns";
import type { SheetSpec } from "../schema/workbook";

/** What Set up sheets lays down for one sheet, derived from its row schema. */
export interface SheetTemplate {
  spec: SheetSpec;
  /** Row 1, in order. For the Plan sheet: Field and Value. */
  headers: TemplateColumn[];
  /** Plan sheet only: one row per field, its label in column A. */
  fields: DescribedColumn[];
}

export interface TemplateColumn {
  key: string;
  label: string;
  note: string;
  width: number;
  /** Allowed values for a single-choice dropdown (enum columns only). */
  dropdown?: readonly string[];
  checkbox?: boolean;
}

const PLAN_HEADERS: TemplateColumn[] = [
  {
    key: "field",
    label: "Field",
    note: "The plan's inputs, one per row. Keep these labels as they are: the add-on finds each field by its label.",
    width: 220,
  },
  { key: "value", label: "Value", note: "The value of each field. Hover a field's label for what it means.", width: 420 },
];

export function templateFor(spec: SheetSpec): SheetTemplate {
  const columns = describeColumns(spec.row);
  if (spec.layout === "keyValue") return { spec, headers: PLAN_HEADERS, fields: columns };
  const headers = columns.map((column) => ({
    key: column.key,
    label: column.label,
    note: column.note,
    width: column.width,
    dropdown: column.kind === "enum" ? column.values : undefined,
    checkbox: column.kind === "boolean" || undefined,
  }));
  return { spec, headers, fields: [] };
}

/** Header text as people type it: case, extra spaces and line breaks do not matter. */
export function normalizeLabel(label: unknown): string {
  return String(label ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
