import { CELLS_PER_CALL } from "../write-cost";
import type { DropdownRule, SheetEdit } from "./sheet-edits";

type DropdownsEdit = Extract<SheetEdit, { kind: "dropdowns" }>;

/**
 * The edit as one rule per dropdown column (each written by one
 * setDataValidation over its rows), when every row takes the same rule in
 * each column and that writes less than the grid; otherwise null. The grid
 * passes every cell of the region, the columns between the dropdowns too:
 * 10,000 rows of a sheet with its dropdowns in five of ten columns are
 * 100,000 cells, against ten calls. The cells end the same either way: the
 * grid's other columns are written back with their own rules.
 */
export function dropdownColumns(edit: DropdownsEdit): { column: number; rule: DropdownRule }[] | null {
  const [line] = edit.rules;
  if (!line || edit.rules.some((other) => other !== line && other.some((rule, c) => rule !== line[c]))) return null;
  const columns = line.flatMap((rule, c) => (rule ? [{ column: edit.region.column + c, rule }] : []));
  // A handle and a write per column, against a handle and a write for the whole grid.
  const perColumn = columns.length * 2 * CELLS_PER_CALL + columns.length;
  const grid = 2 * CELLS_PER_CALL + edit.region.rows * edit.region.columns;
  return columns.length > 0 && perColumn < grid ? columns : null;
}
