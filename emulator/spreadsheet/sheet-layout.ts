import { Facade, instrument } from "../facade";
import type { World } from "../world";
import { normalizeColor } from "./range-format";
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";

/** Rows, columns, frozen panes, widths and tab appearance of a sheet. */
export class SheetLayout extends Facade {
  constructor(
    w: World,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
  ) {
    super(w);
  }

  _insertRows(before: number, count: number): void {
    if (before < 1 || before > this._sheet.maxRows + 1) throw this._w.error("Those rows are out of bounds.");
    if (count < 1) throw this._w.error("The number of rows to insert must be at least 1.");
    this._sheet.insertRows(before, count);
    this._ss.shiftProtections(this._sheet, "row", before, count);
  }
  _insertCols(before: number, count: number): void {
    if (before < 1 || before > this._sheet.maxCols + 1) throw this._w.error("Those columns are out of bounds.");
    if (count < 1) throw this._w.error("The number of columns to insert must be at least 1.");
    this._sheet.insertCols(before, count);
    this._ss.shiftProtections(this._sheet, "col", before, count);
  }
  _deleteRows(start: number, count: number): void {
    const s = this._sheet;
    if (start < 1 || count < 1 || start + count - 1 > s.maxRows) throw this._w.error("Those rows are out of bounds.");
    if (s.maxRows - count <= s.frozenRows) throw this._w.error("Sorry, it is not possible to delete all non-frozen rows.");
    s.deleteRows(start, count);
    this._ss.shiftProtections(s, "row", start + count, -count);
  }
  _deleteCols(start: number, count: number): void {
    const s = this._sheet;
    if (start < 1 || count < 1 || start + count - 1 > s.maxCols) throw this._w.error("Those columns are out of bounds.");
    if (s.maxCols - count <= s.frozenCols) throw this._w.error("Sorry, it is not possible to delete all non-frozen columns.");
    s.deleteCols(start, count);
    this._ss.shiftProtections(s, "col", start + count, -count);
  }

  getMaxRows(): number {
    return this._sheet.maxRows;
  }
  getMaxColumns(): number {
    return this._sheet.maxCols;
  }

  insertRowBefore(beforePosition: number) {
    this._insertRows(beforePosition, 1);
    return this;
  }
  insertRowAfter(afterPosition: number) {
    this._insertRows(afterPosition + 1, 1);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    this._insertRows(beforePosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this._insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this._insertRows(rowIndex, numRows);
  }
  insertColumnBefore(beforePosition: number) {
    this._insertCols(beforePosition, 1);
    return this;
  }
  insertColumnAfter(afterPosition: number) {
    this._insertCols(afterPosition + 1, 1);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    this._insertCols(beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this._insertCols(afterPosition + 1, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._insertCols(columnIndex, numColumns);
  }
  deleteRow(rowPosition: number) {
    this._deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._deleteRows(rowPosition, howMany);
  }
  deleteColumn(columnPosition: number) {
    this._deleteCols(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._deleteCols(columnPosition, howMany);
  }

  getFrozenRows(): number {
    return this._sheet.frozenRows;
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this._sheet.maxRows) throw this._w.error("Sorry, it is not possible to freeze all rows.");
    this._sheet.frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this._sheet.frozenCols;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this._sheet.maxCols) throw this._w.error("Sorry, it is not possible to freeze all columns.");
    this._sheet.frozenCols = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this._sheet.colWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number) {
    this._sheet.colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._sheet.colWidths.set(c, width);
    return this;
  }

  getTabColor(): string | null {
    return this._sheet.tabColor;
  }
  setTabColor(color: string | null) {
    this._sheet.tabColor = normalizeColor(color, "") ?? null;
    return this;
  }
  isSheetHidden(): boolean {
    return this._sheet.hidden;
  }
  hideSheet() {
    if (this._ss.sheets.every((s) => s === this._sheet || s.hidden)) {
      throw this._w.error("Sorry, it is not possible to hide all sheets in a document.");
    }
    this._sheet.hidden = true;
    if (this._ss.activeSheetId === this._sheet.id) this._ss.activeSheetId = this._ss.sheets.find((s) => !s.hidden)!.id;
    return this;
  }
  showSheet() {
    this._sheet.hidden = false;
    return this;
  }
}
instrument(SheetLayout, "Sheet");
