import { instrument } from "../facade";
import { FORMULA_RESULT, displayValue, interpretInput, isDate, type CellValue } from "./cell-values";
import { RangeValidation } from "./range-validation";
import type { Cell } from "./sheet-model";
import { Sheet } from "./sheet";

/** Values and formulas; the rest of Range lives in its base classes. */
export class Range extends RangeValidation {
  /** A copy the script can keep: Dates are fresh objects from the script's realm. */
  _read(cell: Cell): CellValue {
    if (cell.f !== undefined) return FORMULA_RESULT;
    const v = cell.v;
    if (v === undefined) return "";
    return isDate(v) ? this._w.date(v.getTime()) : v;
  }

  /** Writes one input as Sheets would interpret it, honouring the cell's number format. */
  _put(r: number, c: number, raw: unknown): void {
    const cell = this._sheet.cell(r, c);
    const parsed = interpretInput(raw, this._ss.timeZone, cell?.nf);
    this._sheet.setContent(r, c, parsed.value, parsed.formula);
    if (parsed.format && cell?.nf === undefined) this._sheet.set(r, c, "nf", parsed.format);
  }

  getValue(): CellValue {
    const cell = this._sheet.cell(this._b.row, this._b.col);
    return cell ? this._read(cell) : "";
  }
  getValues(): CellValue[][] {
    return this._grid<CellValue>("", (cell) => this._read(cell));
  }
  setValue(value: unknown) {
    this._assertEditable();
    this._putEverywhere(value);
    return this;
  }
  setValues(values: unknown[][]) {
    const data = this._checkShape(values, "setValues");
    this._assertEditable();
    this._putGrid(data);
    return this;
  }
  /** Writes one input into every cell of the range (setValue, setFormula). */
  _putEverywhere(value: unknown): void {
    const { row, col, numRows, numCols } = this._b;
    for (let r = row; r < row + numRows; r++) for (let c = col; c < col + numCols; c++) this._put(r, c, value);
  }
  /** Writes a grid already checked to fit the range (setValues, setFormulas). */
  _putGrid(data: readonly (readonly unknown[])[]): void {
    const { row, col } = this._b;
    for (let i = 0; i < data.length; i++) {
      const line = data[i];
      for (let j = 0; j < line.length; j++) this._put(row + i, col + j, line[j]);
    }
  }

  getDisplayValue(): string {
    const cell = this._sheet.cell(this._b.row, this._b.col);
    return cell ? this._display(cell) : "";
  }
  getDisplayValues(): string[][] {
    return this._grid("", (cell) => this._display(cell));
  }
  _display(cell: Cell): string {
    return cell.f !== undefined ? FORMULA_RESULT : displayValue(cell.v, cell.nf, this._ss.timeZone);
  }

  getFormula(): string {
    return this._sheet.cell(this._b.row, this._b.col)?.f ?? "";
  }
  getFormulas(): string[][] {
    return this._grid("", (cell) => cell.f ?? "");
  }
  setFormula(formula: string) {
    this._assertEditable();
    this._putEverywhere(formula);
    return this;
  }
  setFormulas(formulas: string[][]) {
    const data = this._checkShape(formulas, "setFormulas");
    this._assertEditable();
    this._putGrid(data);
    return this;
  }

  clearContent() {
    this._assertEditable();
    this._sheet.clearFields(this._b, ["v", "f"]);
    return this;
  }
  /** Options as in Apps Script; with none, clears contents and formats. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }) {
    this._assertEditable();
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const keys: (keyof Cell)[] = [];
    if (!any || o.contentsOnly) keys.push("v", "f");
    if (!any || o.formatOnly) keys.push("bg", "fw", "fc", "nf", "wrap", "ha");
    if (o.commentsOnly) keys.push("note");
    if (o.validationsOnly) keys.push("dv");
    this._sheet.clearFields(this._b, keys);
    return this;
  }

  getSheet(): Sheet {
    return new Sheet(this._w, this._ss, this._sheet);
  }
}
instrument(Range, "Range");
