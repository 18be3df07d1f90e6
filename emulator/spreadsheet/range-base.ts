import { Facade, instrument } from "../facade";
import type { World } from "../world";
import { formatA1, parseA1, quoteSheetName } from "./a1";
import { isDate } from "./cell-values";
import type { RangeAddress, RangeResolver } from "./data-validation";
import type { Bounds, Cell, SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";

export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/** How Apps Script names an argument's type in "The parameters (…) don't match" messages. */
export function typeName(v: unknown): string {
  if (typeof v === "string") return "String";
  if (isDate(v)) return "Date";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "Boolean";
  if (v === null || v === undefined) return "null";
  return Array.isArray(v) ? `${v.length && !Array.isArray(v[0]) ? typeName(v[0]) : "Object"}[]` : "Object";
}

/** Geometry and the shared grid helpers of a Range. */
export class RangeBase extends Facade {
  constructor(
    w: World,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
    readonly _b: Bounds,
  ) {
    super(w);
  }

  _bounds(): Bounds {
    return { ...this._b };
  }
  _sheetId(): number {
    return this._sheet.id;
  }
  /** Another range of the same (most derived) class, uncounted. */
  _make(sheet: SheetModel, b: Bounds): this {
    const Ctor = this.constructor as new (w: World, ss: SpreadsheetModel, sheet: SheetModel, b: Bounds) => this;
    return new Ctor(this._w, this._ss, sheet, b);
  }

  /** A 2-D array of the range, `empty` where no cell exists, `read` elsewhere. */
  _grid<T>(empty: T, read: (cell: Cell, r: number, c: number) => T): T[][] {
    const { row, col, numRows, numCols } = this._b;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) out[i] = new Array<T>(numCols).fill(empty);
    this._sheet.forEachCell(this._b, (cell, r, c) => {
      out[r - row][c - col] = read(cell, r, c);
    });
    return out;
  }

  /** Checks that `data` is a 2-D array of the range's size, with Apps Script's messages. */
  _checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || (data.length > 0 && !Array.isArray(data[0]))) {
      throw this._w.error(`The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const { numRows, numCols } = this._b;
    if (data.length !== numRows) {
      throw this._w.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    for (const row of data as unknown[]) {
      const len = Array.isArray(row) ? row.length : 0;
      if (len !== numCols) {
        throw this._w.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${len} but the range has ${numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  _assertEditable(): void {
    if (!this._ss.canEdit(this._sheet, this._b, this._w.user)) throw this._w.error(PROTECTED_MESSAGE);
  }

  /** Sets one field on every cell from a 2-D array (already shape-checked). */
  _writeGrid<K extends keyof Cell>(key: K, data: unknown[][], convert: (v: unknown) => Cell[K] | undefined): void {
    this._assertEditable();
    const { row, col } = this._b;
    data.forEach((values, i) => values.forEach((v, j) => this._sheet.set(row + i, col + j, key, convert(v))));
  }

  _fill<K extends keyof Cell>(key: K, value: Cell[K] | undefined): void {
    this._assertEditable();
    const { row, col, numRows, numCols } = this._b;
    if (value === undefined) {
      this._sheet.clearFields(this._b, [key]);
      return;
    }
    for (let r = row; r < row + numRows; r++) for (let c = col; c < col + numCols; c++) this._sheet.set(r, c, key, value);
  }

  getRow(): number {
    return this._b.row;
  }
  getRowIndex(): number {
    return this._b.row;
  }
  getColumn(): number {
    return this._b.col;
  }
  getColumnIndex(): number {
    return this._b.col;
  }
  getNumRows(): number {
    return this._b.numRows;
  }
  getHeight(): number {
    return this._b.numRows;
  }
  getNumColumns(): number {
    return this._b.numCols;
  }
  getWidth(): number {
    return this._b.numCols;
  }
  getLastRow(): number {
    return this._b.row + this._b.numRows - 1;
  }
  getLastColumn(): number {
    return this._b.col + this._b.numCols - 1;
  }
  getGridId(): number {
    return this._sheet.id;
  }

  getA1Notation(): string {
    const { row, col, numRows, numCols } = this._b;
    return formatA1(row, col, numRows, numCols);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): this {
    const b = {
      row: this._b.row + rowOffset,
      col: this._b.col + columnOffset,
      numRows: numRows ?? this._b.numRows,
      numCols: numColumns ?? this._b.numCols,
    };
    checkBounds(this._w, this._sheet, b);
    return this._make(this._sheet, b);
  }

  getCell(row: number, column: number): this {
    const b = { row: this._b.row + row - 1, col: this._b.col + column - 1, numRows: 1, numCols: 1 };
    if (row < 1 || column < 1 || row > this._b.numRows || column > this._b.numCols) {
      throw this._w.error("Cell reference out of range");
    }
    return this._make(this._sheet, b);
  }

  activate(): this {
    this._ss.activeSheetId = this._sheet.id;
    this._sheet.selection = { ...this._b };
    return this;
  }

  isBlank(): boolean {
    let blank = true;
    this._sheet.forEachCell(this._b, (cell) => {
      if (cell.v !== undefined || cell.f !== undefined) blank = false;
    });
    return blank;
  }
}
instrument(RangeBase, "Range");

/** Apps Script's checks and messages for getRange(row, column, numRows, numColumns). */
export function checkBounds(w: World, sheet: SheetModel, b: Bounds): void {
  if (b.row < 1) throw w.error("The starting row of the range is too small.");
  if (b.col < 1) throw w.error("The starting column of the range is too small.");
  if (b.numRows < 1) throw w.error("The number of rows in the range must be at least 1.");
  if (b.numCols < 1) throw w.error("The number of columns in the range must be at least 1.");
  if (b.row + b.numRows - 1 > sheet.maxRows || b.col + b.numCols - 1 > sheet.maxCols) {
    throw w.error("The coordinates of the range are outside the dimensions of the sheet.");
  }
}

/** Resolves A1 text on a sheet to bounds (open ends reach the sheet's edge). */
export function boundsFromA1(w: World, sheet: SheetModel, a1: string): Bounds {
  const ref = parseA1(a1);
  if (!ref) throw w.error("Range not found");
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const b = {
    row,
    col,
    numRows: (ref.endRow ?? sheet.maxRows) - row + 1,
    numCols: (ref.endCol ?? sheet.maxCols) - col + 1,
  };
  checkBounds(w, sheet, b);
  return b;
}

/** Turns "'Sheet'!A1:B2" into a Range and back, for VALUE_IN_RANGE rules. */
export function rangeTools(
  w: World,
  ss: SpreadsheetModel,
  make: (sheet: SheetModel, b: Bounds) => unknown,
): { resolve: RangeResolver; address: RangeAddress } {
  return {
    resolve: (a1) => {
      const ref = parseA1(a1);
      const sheet = ref?.sheetName ? ss.sheetByName(ref.sheetName) : ss.activeSheet();
      if (!sheet) throw w.error("Range not found");
      return make(sheet, boundsFromA1(w, sheet, a1.slice(a1.lastIndexOf("!") + 1)));
    },
    address: (range) => {
      const r = range as RangeBase;
      if (!r || typeof r._bounds !== "function") throw w.error("Invalid argument: range");
      const b = r._bounds();
      return `${quoteSheetName(r._sheet.name)}!${formatA1(b.row, b.col, b.numRows, b.numCols)}`;
    },
  };
}
