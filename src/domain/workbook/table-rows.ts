import { dropdownEdits } from "./header-edits";
import type { GridCell, SheetEdit } from "./sheet-edits";
import type { TemplateColumn } from "./sheet-template";

/** A table sheet's data range as read (row 1 is the header): values, notes and backgrounds of the same shape. */
export interface TableRowsView {
  values: readonly (readonly unknown[])[];
  notes: readonly (readonly string[])[];
  backgrounds: readonly (readonly string[])[];
  maxRows: number;
}

export interface TableRows {
  /** Keys of the template columns, in the order of each row's cells. */
  keys: readonly string[];
  rows: readonly (readonly GridCell[])[];
}

export interface RowsPlan {
  edits: SheetEdit[];
  /** Rows the sheet needs (more than it has: rows are added at the end). */
  rows: number;
  /** Data rows the sheet holds afterwards. */
  written: number;
}

const hasNote = (grid: readonly (readonly string[])[]) => grid.some((row, index) => index > 0 && row.some((note) => note !== ""));
const hasColour = (grid: readonly (readonly string[])[]) =>
  grid.some((row, index) => index > 0 && row.some((colour) => colour.toLowerCase() !== "#ffffff"));

/**
 * Replaces a table's data rows in one write: columns are found by label, a
 * collaborator's extra columns are emptied with the rows they belonged to,
 * and rows left over from before are emptied too. Validation's notes and
 * colours on the old rows go with them. New rows past the sheet's end get
 * the template's dropdowns.
 */
export function planTableRows(
  view: TableRowsView,
  positions: ReadonlyMap<string, number>,
  width: number,
  table: TableRows,
  columns: readonly TemplateColumn[],
): RowsPlan {
  const oldRows = Math.max(0, view.values.length - 1);
  const oldWidth = view.values[0]?.length ?? 0;
  const total = Math.max(oldRows, table.rows.length);
  const columnsWide = Math.max(width, oldWidth, ...positions.values());
  const edits: SheetEdit[] = [];
  if (total > 0) {
    const where = table.keys.map((key) => positions.get(key)! - 1);
    const cells = Array.from({ length: total }, (_, index) => {
      const row: GridCell[] = new Array(columnsWide).fill("");
      table.rows[index]?.forEach((value, at) => (row[where[at]] = value));
      return row;
    });
    edits.push({ kind: "cells", property: "values", row: 2, column: 1, cells });
  }
  if (oldRows > 0 && oldWidth > 0) {
    const blank = <T>(value: T) => Array.from({ length: oldRows }, () => new Array<T>(oldWidth).fill(value));
    if (hasNote(view.notes)) edits.push({ kind: "cells", property: "notes", row: 2, column: 1, cells: blank("") });
    if (hasColour(view.backgrounds)) edits.push({ kind: "cells", property: "backgrounds", row: 2, column: 1, cells: blank(null) });
  }
  const rows = Math.max(view.maxRows, table.rows.length + 1);
  edits.push(...dropdownEdits(positions, columns, view.maxRows + 1, rows));
  return { edits, rows, written: table.rows.length };
}
