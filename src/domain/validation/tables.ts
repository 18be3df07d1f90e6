import { describeColumns, type DescribedColumn } from "../schema/columns";
import type { SheetSpec } from "../schema/workbook";
import { normalizeLabel } from "../workbook/sheet-template";
import { finding, type Finding } from "./finding";

/** One data row as read: the typed values that parsed, and where the row sits. */
export interface TableRow<T> {
  row: number;
  values: Partial<T>;
  /** The text of cells that did not parse, by column label, so the plan can keep what was typed. */
  invalid?: Record<string, string>;
}

export interface Table<T> {
  sheet: string;
  present: boolean;
  /** 1-based column of each template column found in row 1, by key. */
  columns: Map<string, number>;
  labels: Map<string, string>;
  rows: TableRow<T>[];
}

/**
 * Parses a table sheet's values (as getValues returns them, header included)
 * cell by cell: a bad cell becomes a SCHEMA finding at that cell, and the
 * row's other values stay usable by the other checks.
 */
export function parseTable<T>(spec: SheetSpec, values: readonly (readonly unknown[])[] | undefined, findings: Finding[]): Table<T> {
  const described = describeColumns(spec.row);
  const labels = new Map(described.map((column) => [column.key, column.label]));
  const table: Table<T> = { sheet: spec.name, present: values !== undefined, columns: new Map(), labels, rows: [] };
  if (!values || values.length === 0) return table;
  const header = values[0].map(normalizeLabel);
  const present: DescribedColumn[] = [];
  // Each present column's 0-based cell index, beside it: no lookups per cell.
  const at: number[] = [];
  for (const column of described) {
    const index = header.indexOf(normalizeLabel(column.label));
    if (index >= 0) {
      table.columns.set(column.key, index + 1);
      present.push(column);
      at.push(index);
    }
  }
  for (let index = 1; index < values.length; index++) {
    const cells = values[index];
    if (at.every((position) => isBlank(cells[position]))) continue;
    const row = index + 1;
    const parsed: Record<string, unknown> = {};
    const entry: TableRow<T> = { row, values: parsed as Partial<T> };
    for (let c = 0; c < present.length; c++) {
      const column = present[c];
      const cell = cells[at[c]];
      const result = column.parse(cell);
      if (result.ok) parsed[column.key] = result.value;
      else {
        findings.push(finding("SCHEMA", { sheet: spec.name, row, column: column.label }, result.message));
        (entry.invalid ??= {})[column.label] = String(cell);
      }
    }
    table.rows.push(entry);
  }
  return table;
}

function isBlank(cell: unknown): boolean {
  return cell === "" || cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The header label of a column key, for findings. */
export function labelOf<T>(table: Table<T>, key: keyof T & string): string {
  return table.labels.get(key) ?? key;
}
