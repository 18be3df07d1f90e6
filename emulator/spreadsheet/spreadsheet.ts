import { enumName } from "../enum";
import { Facade, instrument } from "../facade";
import { User } from "../session";
import type { World } from "../world";
import { parseA1 } from "./a1";
import { Protection } from "./protection";
import { Range } from "./range";
import { boundsFromA1 } from "./range-base";
import { Sheet, duplicateNameMessage } from "./sheet";
import type { SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";

export class Spreadsheet extends Facade {
  constructor(
    w: World,
    readonly _ss: SpreadsheetModel,
  ) {
    super(w);
  }
  _sheet(model: SheetModel): Sheet {
    return new Sheet(this._w, this._ss, model);
  }
  _modelOf(sheet: unknown): SheetModel {
    const model = (sheet as { _sheet?: SheetModel })?._sheet;
    if (!model || model.deleted) throw this._w.error("Invalid argument: sheet");
    return model;
  }
  _activeRange(): Range {
    const s = this._ss.activeSheet();
    return new Range(this._w, this._ss, s, { ...s.selection });
  }

  getId(): string {
    return this._ss.id;
  }
  getName(): string {
    return this._ss.name;
  }
  rename(newName: string): void {
    this._ss.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._ss.id}/edit`;
  }
  getOwner(): User {
    return new User(this._w, this._ss.owner);
  }
  getSpreadsheetTimeZone(): string {
    return this._ss.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._ss.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this._ss.locale;
  }
  getNumSheets(): number {
    return this._ss.sheets.length;
  }

  getSheets(): Sheet[] {
    return this._ss.sheets.map((s) => this._sheet(s));
  }
  getSheetByName(name: string): Sheet | null {
    const s = this._ss.sheetByName(String(name));
    return s ? this._sheet(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this._ss.sheetById(Number(id));
    return s ? this._sheet(s) : null;
  }

  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). The new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    const name = typeof nameOrIndex === "string" ? nameOrIndex : this._ss.defaultSheetName();
    const at = typeof nameOrIndex === "number" ? nameOrIndex : index;
    if (this._ss.sheetByName(name)) throw this._w.error(duplicateNameMessage(name));
    const model = this._ss.addSheet(name, at);
    this._ss.activeSheetId = model.id;
    return this._sheet(model);
  }
  deleteSheet(sheet: Sheet): void {
    const model = this._modelOf(sheet);
    if (this._ss.sheets.length <= 1) throw this._w.error("You can't remove all the sheets in a document.");
    this._ss.removeSheet(model);
  }

  getActiveSheet(): Sheet {
    return this._sheet(this._ss.activeSheet());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    const model = this._modelOf(sheet);
    this._ss.activeSheetId = model.id;
    model.hidden = false;
    return this._sheet(model);
  }
  /** Moves the active sheet to a 1-based tab position. */
  moveActiveSheet(pos: number): void {
    const active = this._ss.activeSheet();
    const rest = this._ss.sheets.filter((s) => s !== active);
    rest.splice(Math.max(0, Math.min(pos - 1, rest.length)), 0, active);
    this._ss.sheets = rest;
  }
  getActiveRange(): Range {
    return this._activeRange();
  }
  getActiveCell(): Range {
    const r = this._activeRange();
    return new Range(this._w, this._ss, r._sheet, { ...r._b, numRows: 1, numCols: 1 });
  }
  getCurrentCell(): Range {
    const r = this._activeRange();
    return new Range(this._w, this._ss, r._sheet, { ...r._b, numRows: 1, numCols: 1 });
  }
  setActiveRange(range: Range): Range {
    this._ss.activeSheetId = range._sheet.id;
    range._sheet.selection = range._bounds();
    return new Range(this._w, this._ss, range._sheet, range._bounds());
  }

  /** "A1:B2" on the active sheet or "'Sheet name'!A1:B2". */
  getRange(a1Notation: string): Range {
    const ref = parseA1(String(a1Notation));
    if (!ref) throw this._w.error("Range not found");
    const sheet = ref.sheetName !== undefined ? this._ss.sheetByName(ref.sheetName) : this._ss.activeSheet();
    if (!sheet) throw this._w.error("Range not found");
    const a1 = String(a1Notation);
    return new Range(this._w, this._ss, sheet, boundsFromA1(this._w, sheet, a1.slice(a1.lastIndexOf("!") + 1)));
  }
  getLastRow(): number {
    return this._ss.activeSheet().lastRow();
  }
  getLastColumn(): number {
    return this._ss.activeSheet().lastCol();
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this._w.ui.toasts.push({ message: String(msg), title: title ?? "", timeoutSeconds: timeoutSeconds ?? 5 });
  }

  getProtections(type: unknown): Protection[] {
    const t = enumName(type);
    return this._ss.protections
      .filter((p) => p.type === t)
      .map((p) => new Protection(this._w, this._ss, p, (sheetId, b) => new Range(this._w, this._ss, this._ss.sheetById(sheetId)!, b)));
  }
}
instrument(Spreadsheet, "Spreadsheet");
