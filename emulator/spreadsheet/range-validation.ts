import { instrument } from "../facade";
import type { CellValue } from "./cell-values";
import { DataValidation, copySpec } from "./data-validation";
import { Protection, newProtection } from "./protection";
import { RangeFormat } from "./range-format";
import { rangeTools } from "./range-base";
import type { Range } from "./range";
import type { Bounds, ValidationSpec } from "./sheet-model";

function specOf(rule: unknown): ValidationSpec | undefined {
  if (rule === null || rule === undefined) return undefined;
  const spec = (rule as { _spec?: ValidationSpec })._spec;
  if (!spec) throw new TypeError("Expected a DataValidation built with SpreadsheetApp.newDataValidation()");
  return copySpec(spec);
}

/** Data validation, checkboxes and range protection. */
export class RangeValidation extends RangeFormat {
  _rule(spec: ValidationSpec): DataValidation {
    const tools = rangeTools(this._w, this._ss, (sheet, b) => this._make(sheet, b));
    return new DataValidation(this._w, copySpec(spec), tools.resolve, tools.address);
  }
  /** [checked, unchecked] values of a checkbox rule. */
  _checkboxValues(spec: ValidationSpec | undefined): [unknown, unknown] | undefined {
    if (spec?.type !== "CHECKBOX") return undefined;
    return spec.values.length ? [spec.values[0], spec.values[1] ?? ""] : [true, false];
  }

  getDataValidation(): DataValidation | null {
    const dv = this._sheet.cell(this._b.row, this._b.col)?.dv;
    return dv ? this._rule(dv) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._grid<DataValidation | null>(null, (c) => (c.dv ? this._rule(c.dv) : null));
  }
  setDataValidation(rule: DataValidation | null) {
    this._fill("dv", specOf(rule));
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]) {
    // One copy per distinct rule, shared by its cells as _fill shares one: stored specs are never changed in place.
    const copies = new Map<unknown, ValidationSpec | undefined>();
    const copyOnce = (rule: unknown) => {
      if (!copies.has(rule)) copies.set(rule, specOf(rule));
      return copies.get(rule);
    };
    this._writeGrid("dv", this._checkShape(rules, "setDataValidations"), copyOnce);
    return this;
  }
  clearDataValidations() {
    this._fill("dv", undefined);
    return this;
  }

  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown) {
    const values = checkedValue === undefined ? [] : [checkedValue, uncheckedValue ?? ""];
    this._fill("dv", { type: "CHECKBOX", values, allowInvalid: true, helpText: null });
    // Every cell starts unchecked.
    const unchecked = checkedValue === undefined ? false : (uncheckedValue ?? "");
    const { row, col, numRows, numCols } = this._b;
    for (let r = row; r < row + numRows; r++)
      for (let c = col; c < col + numCols; c++) this._sheet.setContent(r, c, unchecked as CellValue);
    return this;
  }
  removeCheckboxes() {
    this._assertEditable();
    this._sheet.forEachCell(this._b, (cell, r, c) => {
      if (cell.dv?.type === "CHECKBOX") {
        this._sheet.set(r, c, "dv", undefined);
        this._sheet.setContent(r, c, undefined);
      }
    });
    return this;
  }
  _setChecked(checked: boolean): void {
    this._assertEditable();
    const { row, col, numRows, numCols } = this._b;
    for (let r = row; r < row + numRows; r++) {
      for (let c = col; c < col + numCols; c++) {
        const pair = this._checkboxValues(this._sheet.cell(r, c)?.dv);
        if (pair) this._sheet.setContent(r, c, pair[checked ? 0 : 1] as CellValue);
      }
    }
  }
  check() {
    this._setChecked(true);
    return this;
  }
  uncheck() {
    this._setChecked(false);
    return this;
  }
  /** true if every cell is a checked box, false if every cell is an unchecked box, else null. */
  isChecked(): boolean | null {
    const { row, col, numRows, numCols } = this._b;
    let seen: boolean | null = null;
    for (let r = row; r < row + numRows; r++) {
      for (let c = col; c < col + numCols; c++) {
        const cell = this._sheet.cell(r, c);
        const pair = this._checkboxValues(cell?.dv);
        if (!pair) return null;
        const state = (cell?.v ?? "") === pair[0];
        if (seen !== null && seen !== state) return null;
        seen = state;
      }
    }
    return seen;
  }

  protect(): Protection {
    const p = newProtection(this._ss, "RANGE", this._sheet.id, this._w.user, this._b);
    return new Protection(
      this._w,
      this._ss,
      p,
      (sheetId: number, b: Bounds) => this._make(this._ss.sheetById(sheetId)!, b) as unknown as Range,
    );
  }
}
instrument(RangeValidation, "Range");
