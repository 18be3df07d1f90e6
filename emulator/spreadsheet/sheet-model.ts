import type { CellValue } from "./cell-values";

/** A data validation rule as stored on a cell. */
export interface ValidationSpec {
  type: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** One cell; every field is optional so empty cells cost nothing. */
export interface Cell {
  v?: CellValue;
  f?: string;
  note?: string;
  bg?: string;
  fw?: string;
  fc?: string;
  nf?: string;
  wrap?: boolean;
  ha?: string;
  dv?: ValidationSpec;
}

export interface Bounds {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/**
 * The cells of one sheet, stored sparsely by row then column, with the
 * last row/column that has content cached so appendRow stays O(1).
 */
export class SheetModel {
  rows = new Map<number, Map<number, Cell>>();
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  colWidths = new Map<number, number>();
  selection: Bounds = { row: 1, col: 1, numRows: 1, numCols: 1 };
  deleted = false;
  private last: { row: number; col: number } | null = { row: 0, col: 0 };

  constructor(
    public id: number,
    public name: string,
    public maxRows = DEFAULT_MAX_ROWS,
    public maxCols = DEFAULT_MAX_COLUMNS,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows.get(r)?.get(c);
  }

  /** Sets one field; undefined removes it, and an empty cell is dropped. */
  set<K extends keyof Cell>(r: number, c: number, key: K, value: Cell[K] | undefined): void {
    let row = this.rows.get(r);
    if (value === undefined || value === "") {
      const cell = row?.get(c);
      if (!cell || !(key in cell)) return;
      delete cell[key];
      if (key === "v" || key === "f") this.last = null;
      if (Object.keys(cell).length === 0) {
        row!.delete(c);
        if (row!.size === 0) this.rows.delete(r);
      }
      return;
    }
    if (!row) this.rows.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = {}));
    cell[key] = value;
    if ((key === "v" || key === "f") && this.last) {
      this.last = { row: Math.max(this.last.row, r), col: Math.max(this.last.col, c) };
    }
  }

  /** Writes a value or a formula, replacing whichever the cell had. */
  setContent(r: number, c: number, value: CellValue | undefined, formula?: string): void {
    if (formula !== undefined) {
      this.set(r, c, "v", undefined);
      this.set(r, c, "f", formula);
    } else {
      this.set(r, c, "f", undefined);
      this.set(r, c, "v", value);
    }
  }

  private lastContent(): { row: number; col: number } {
    if (!this.last) {
      let row = 0;
      let col = 0;
      for (const [r, cells] of this.rows) {
        for (const [c, cell] of cells) {
          if (cell.v !== undefined || cell.f !== undefined) {
            row = Math.max(row, r);
            col = Math.max(col, c);
          }
        }
      }
      this.last = { row, col };
    }
    return this.last;
  }

  lastRow(): number {
    return this.lastContent().row;
  }

  lastCol(): number {
    return this.lastContent().col;
  }

  /** Visits existing cells inside bounds (sparse: empty cells are skipped). */
  forEachCell(b: Bounds, fn: (cell: Cell, r: number, c: number) => void): void {
    const endRow = b.row + b.numRows;
    const endCol = b.col + b.numCols;
    const visitRow = (r: number, cells: Map<number, Cell>) => {
      for (const [c, cell] of cells) if (c >= b.col && c < endCol) fn(cell, r, c);
    };
    if (b.numRows < this.rows.size) {
      for (let r = b.row; r < endRow; r++) {
        const cells = this.rows.get(r);
        if (cells) visitRow(r, cells);
      }
    } else {
      for (const [r, cells] of [...this.rows]) if (r >= b.row && r < endRow) visitRow(r, cells);
    }
  }

  clearFields(b: Bounds, keys: readonly (keyof Cell)[]): void {
    const hits: [number, number][] = [];
    this.forEachCell(b, (_cell, r, c) => hits.push([r, c]));
    for (const [r, c] of hits) for (const k of keys) this.set(r, c, k, undefined);
  }

  /** Inserts `count` empty rows before row `before`, shifting content down. */
  insertRows(before: number, count: number): void {
    this.rows = shiftKeys(this.rows, before, count);
    this.maxRows += count;
    this.last = null;
  }

  deleteRows(start: number, count: number): void {
    for (let r = start; r < start + count; r++) this.rows.delete(r);
    this.rows = shiftKeys(this.rows, start + count, -count);
    this.maxRows -= count;
    this.last = null;
  }

  insertCols(before: number, count: number): void {
    for (const [r, cells] of this.rows) this.rows.set(r, shiftKeys(cells, before, count));
    this.colWidths = shiftKeys(this.colWidths, before, count);
    this.maxCols += count;
    this.last = null;
  }

  deleteCols(start: number, count: number): void {
    for (const [r, cells] of [...this.rows]) {
      for (let c = start; c < start + count; c++) cells.delete(c);
      if (cells.size === 0) this.rows.delete(r);
      else this.rows.set(r, shiftKeys(cells, start + count, -count));
    }
    for (let c = start; c < start + count; c++) this.colWidths.delete(c);
    this.colWidths = shiftKeys(this.colWidths, start + count, -count);
    this.maxCols -= count;
    this.last = null;
  }
}

/** Moves every key >= from by delta, keeping order. */
function shiftKeys<V>(map: Map<number, V>, from: number, delta: number): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of map) out.set(k >= from ? k + delta : k, v);
  return out;
}
