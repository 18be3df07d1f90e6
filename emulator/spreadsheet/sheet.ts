import { enumName } from "../enum";
import { instrument } from "../facade";
import { Protection, newProtection } from "./protection";
import { Range } from "./range";
import { PROTECTED_MESSAGE, boundsFromA1, checkBounds } from "./range-base";
import { SheetLayout } from "./sheet-layout";
import type { Bounds, Cell } from "./sheet-model";
import { Spreadsheet } from "./spreadsheet";
import type { ProtectionModel } from "./spreadsheet-model";

export function duplicateNameMessage(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export class Sheet extends SheetLayout {
  _range(b: Bounds): Range {
    return new Range(this._w, this._ss, this._sheet, b);
  }
  _protection(p: ProtectionModel): Protection {
    return new Protection(this._w, this._ss, p, (sheetId, b) => new Range(this._w, this._ss, this._ss.sheetById(sheetId)!, b));
  }

  getName(): string {
    return this._sheet.name;
  }
  setName(name: string) {
    const other = this._ss.sheetByName(String(name));
    if (other && other !== this._sheet) throw this._w.error(duplicateNameMessage(String(name)));
    this._sheet.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this._sheet.id;
  }
  getSheetName(): string {
    return this._sheet.name;
  }
  getIndex(): number {
    return this._ss.sheets.indexOf(this._sheet) + 1;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this._w, this._ss);
  }
  getLastRow(): number {
    return this._sheet.lastRow();
  }
  getLastColumn(): number {
    return this._sheet.lastCol();
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof rowOrA1 === "string") return this._range(boundsFromA1(this._w, this._sheet, rowOrA1.slice(rowOrA1.lastIndexOf("!") + 1)));
    if (typeof rowOrA1 !== "number" || typeof column !== "number") {
      const types = [rowOrA1, column, numRows, numColumns]
        .filter((a) => a !== undefined)
        .map((a) => (typeof a === "string" ? "String" : typeof a));
      throw this._w.error(`The parameters (${types.join(",")}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    const b = { row: rowOrA1, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 };
    checkBounds(this._w, this._sheet, b);
    return this._range(b);
  }
  getDataRange(): Range {
    return this._range({ row: 1, col: 1, numRows: Math.max(1, this._sheet.lastRow()), numCols: Math.max(1, this._sheet.lastCol()) });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number) {
    const b = { row: startRow, col: startColumn, numRows, numCols: numColumns };
    checkBounds(this._w, this._sheet, b);
    return this._range(b)._grid<unknown>("", (cell) => this._range(b)._read(cell));
  }

  /** Writes after the last row with content, growing the sheet when full. */
  appendRow(rowContents: unknown[]) {
    const s = this._sheet;
    const row = s.lastRow() + 1;
    const b = { row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) };
    if (!this._ss.canEdit(s, b, this._w.user)) throw this._w.error(PROTECTED_MESSAGE);
    if (row > s.maxRows) s.maxRows = row;
    if (rowContents.length > s.maxCols) s.maxCols = rowContents.length;
    const range = this._range(b);
    rowContents.forEach((v, j) => range._put(row, j + 1, v));
    return this;
  }

  activate() {
    this._ss.activeSheetId = this._sheet.id;
    this._sheet.hidden = false;
    return this;
  }
  getActiveRange(): Range | null {
    return this._ss.activeSheetId === this._sheet.id ? this._range(this._sheet.selection) : null;
  }
  getActiveCell(): Range {
    const sel = this._sheet.selection;
    return this._range({ row: sel.row, col: sel.col, numRows: 1, numCols: 1 });
  }
  setActiveRange(range: Range): Range {
    this._ss.activeSheetId = this._sheet.id;
    this._sheet.selection = range._bounds();
    return this._range(range._bounds());
  }

  _clear(keys: (keyof Cell)[]) {
    const all = { row: 1, col: 1, numRows: this._sheet.maxRows, numCols: this._sheet.maxCols };
    if (!this._ss.canEdit(this._sheet, all, this._w.user)) throw this._w.error(PROTECTED_MESSAGE);
    this._sheet.clearFields(all, keys);
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
    const o = options ?? {};
    const keys: (keyof Cell)[] = [];
    if (!o.formatOnly) keys.push("v", "f");
    if (!o.contentsOnly) keys.push("bg", "fw", "fc", "nf", "wrap", "ha");
    return this._clear(keys);
  }
  clearContents() {
    return this._clear(["v", "f"]);
  }
  clearFormats() {
    return this._clear(["bg", "fw", "fc", "nf", "wrap", "ha"]);
  }
  clearNotes() {
    return this._clear(["note"]);
  }

  /** A sheet has at most one sheet protection; protecting again returns it. */
  protect(): Protection {
    const existing = this._ss.protections.find((p) => p.sheetId === this._sheet.id && p.type === "SHEET");
    return this._protection(existing ?? newProtection(this._ss, "SHEET", this._sheet.id, this._w.user));
  }
  getProtections(type: unknown): Protection[] {
    const t = enumName(type);
    return this._ss.protections.filter((p) => p.sheetId === this._sheet.id && p.type === t).map((p) => this._protection(p));
  }
}
instrument(Sheet, "Sheet");
