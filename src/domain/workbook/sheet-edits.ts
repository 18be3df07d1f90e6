/**
 * What an operation will write to one sheet, decided before the first write
 * from what was read. The Sheets adapter reads what these edits overwrite,
 * applies them in order and, if a write fails, puts the sheet back: an
 * operation that writes several sheets is then all or nothing.
 */

/** A rectangle of cells, 1-based. */
export interface Region {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Cell contents and formats written as one grid each. */
export type GridProperty = "values" | "notes" | "backgrounds" | "weights";

export type GridCell = string | number | boolean | null;

/** A single-choice dropdown; invalid entries are flagged, never rejected. */
export interface DropdownRule {
  values: readonly string[];
  helpText: string;
}

export type SheetEdit =
  /** Values are written as given: text is already literal (see asLiteralText). */
  | { kind: "cells"; property: GridProperty; row: number; column: number; cells: GridCell[][] }
  /** Only on a sheet this operation creates (wrap cannot be read back in one call). */
  | { kind: "wrap"; region: Region }
  /** One setDataValidations over the region, or one rule a column when that writes less (dropdown-columns.ts); an undefined rule keeps the cell's own. */
  | { kind: "dropdowns"; region: Region; rules: (DropdownRule | undefined)[][] }
  | { kind: "frozenRows"; rows: number }
  | { kind: "widths"; column: number; count: number; width: number }
  /** Replaces the add-on's protections of this description on the sheet; null protects the whole sheet. */
  | { kind: "protect"; region: Region | null; description: string };

export interface SheetPlan {
  name: string;
  /** Insert the sheet first: at this tab index, or after the last tab. */
  create: { index: number | null } | null;
  /** Rows and columns the sheet needs before its cells are written; missing ones are added at the end. */
  size: { rows: number; columns: number };
  edits: SheetEdit[];
}

/** Sheets gives every new sheet 1,000 rows and 26 columns: nothing needs reading after insertSheet. */
export const NEW_SHEET_SIZE = { rows: 1000, columns: 26 } as const;

/** The bounding rectangle of the cells an edit writes (null for edits that write no cells). */
export function editRegion(edit: SheetEdit): Region | null {
  switch (edit.kind) {
    case "cells":
      return { row: edit.row, column: edit.column, rows: edit.cells.length, columns: edit.cells[0]?.length ?? 0 };
    case "wrap":
    case "dropdowns":
      return edit.region;
    default:
      return null;
  }
}

/** The smallest region holding all of them, or null for none. */
export function boundingRegion(regions: readonly Region[]): Region | null {
  if (regions.length === 0) return null;
  const top = Math.min(...regions.map((r) => r.row));
  const left = Math.min(...regions.map((r) => r.column));
  const bottom = Math.max(...regions.map((r) => r.row + r.rows - 1));
  const right = Math.max(...regions.map((r) => r.column + r.columns - 1));
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** The part of a region inside a sheet of that size, or null when none of it is. */
export function clipRegion(region: Region, size: { rows: number; columns: number }): Region | null {
  const rows = Math.min(region.row + region.rows - 1, size.rows) - region.row + 1;
  const columns = Math.min(region.column + region.columns - 1, size.columns) - region.column + 1;
  return rows > 0 && columns > 0 ? { ...region, rows, columns } : null;
}

export const containsRegion = (outer: Region, inner: Region): boolean =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.column + inner.columns <= outer.column + outer.columns;

/**
 * One cells edit per run of neighbouring cells that change, in one row or
 * one column: writing only what changes keeps a formula someone wrote in a
 * cell the operation leaves alone.
 */
export function changedRuns(
  property: GridProperty,
  line: { row: number; column: number; along: "row" | "column" },
  current: readonly unknown[],
  wanted: readonly (GridCell | undefined)[],
  same: (a: unknown, b: GridCell) => boolean = (a, b) => a === b,
): SheetEdit[] {
  const edits: SheetEdit[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const cells = wanted.slice(start, end) as GridCell[];
    const offset = (n: number) =>
      line.along === "row" ? { row: line.row, column: line.column + n } : { row: line.row + n, column: line.column };
    edits.push({ kind: "cells", property, ...offset(start), cells: line.along === "row" ? [cells] : cells.map((cell) => [cell]) });
    start = -1;
  };
  wanted.forEach((cell, index) => {
    const changes = cell !== undefined && !same(current[index], cell);
    if (changes && start < 0) start = index;
    if (!changes) flush(index);
  });
  flush(wanted.length);
  return edits;
}

/**
 * One cells edit from the first to the last cell that changes along a row or
 * a column (cells between keep their wanted value, which for formats and
 * notes is what they hold): one write however many cells change.
 */
export function changedSpan(
  property: GridProperty,
  line: { row: number; column: number; along: "row" | "column" },
  current: readonly unknown[],
  wanted: readonly GridCell[],
  same: (a: unknown, b: GridCell) => boolean = (a, b) => a === b,
): SheetEdit[] {
  const changed = wanted.map((cell, index) => !same(current[index] ?? "", cell));
  const first = changed.indexOf(true);
  if (first < 0) return [];
  const cells = wanted.slice(first, changed.lastIndexOf(true) + 1);
  return line.along === "row"
    ? [{ kind: "cells", property, row: line.row, column: line.column + first, cells: [cells] }]
    : [{ kind: "cells", property, row: line.row + first, column: line.column, cells: cells.map((cell) => [cell]) }];
}

/**
 * A sheet's values once its edits are applied, as getValues would return
 * them (the literal-text apostrophe is not stored), trailing empty rows
 * dropped: what an operation wrote, without reading it back.
 */
export function valuesAfter(values: readonly (readonly unknown[])[], edits: readonly SheetEdit[]): unknown[][] {
  const grid = values.map((row) => [...row]);
  for (const edit of edits) {
    if (edit.kind !== "cells" || edit.property !== "values") continue;
    edit.cells.forEach((line, r) => {
      while (grid.length < edit.row + r) grid.push([]);
      const row = grid[edit.row - 1 + r];
      line.forEach((cell, c) => (row[edit.column - 1 + c] = typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell));
    });
  }
  const empty = (row: readonly unknown[]) => row.every((cell) => cell === "" || cell === null || cell === undefined);
  while (grid.length > 1 && empty(grid[grid.length - 1])) grid.pop();
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ""));
}
