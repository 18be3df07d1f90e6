import { SheetModel, type Bounds } from "./sheet-model";

export interface ProtectionModel {
  id: number;
  type: "RANGE" | "SHEET";
  sheetId: number;
  /** For RANGE protections; SHEET protections always cover the whole sheet. */
  bounds?: Bounds;
  description: string;
  warningOnly: boolean;
  editors: string[];
  unprotected: Bounds[];
}

/** The workbook: its sheets in tab order, the active sheet and protections. */
export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  protections: ProtectionModel[] = [];
  nextSheetId = 0;
  nextProtectionId = 1;

  constructor(
    public id: string,
    public name: string,
    public owner: string,
    public timeZone: string,
    public locale = "en_US",
  ) {}

  sheetByName(name: string): SheetModel | undefined {
    // Sheets treats tab names case-insensitively for lookup and uniqueness.
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  /** Next free default tab name: Sheet1, Sheet2, ... */
  defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  addSheet(name: string, index?: number): SheetModel {
    // The first sheet has id 0 like a new Google spreadsheet; later ones get large ids.
    const id = this.nextSheetId === 0 ? 0 : 100000000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const sheet = new SheetModel(id, name);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.protections = this.protections.filter((p) => p.sheetId !== sheet.id);
    sheet.deleted = true;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
  }

  /** True when a script or user `email` may change cells inside bounds. */
  canEdit(sheet: SheetModel, b: Bounds, email: string): boolean {
    if (email === this.owner) return true;
    return this.protections.every((p) => {
      if (p.sheetId !== sheet.id || p.warningOnly || p.editors.includes(email)) return true;
      const area = p.bounds ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
      if (!overlaps(area, b)) return true;
      return p.unprotected.some((u) => contains(u, b));
    });
  }

  /**
   * Keeps range protections on the same cells when rows / columns move, as
   * Sheets adjusts every range: rows inserted inside a protected range widen
   * it, deleted ones narrow it. A protection whose cells are all deleted is
   * dropped (the emulator's choice: it then protects nothing).
   * `from` is the first row (column) that moves and `delta` how far: an
   * insertion of n before `from` is +n, a deletion of the n before `from` is -n.
   */
  shiftProtections(sheet: SheetModel, axis: "row" | "col", from: number, delta: number): void {
    const [startKey, sizeKey] = axis === "row" ? (["row", "numRows"] as const) : (["col", "numCols"] as const);
    for (const p of this.protections) {
      if (p.sheetId !== sheet.id || !p.bounds) continue;
      const b = p.bounds;
      const start = b[startKey];
      const end = start + b[sizeKey] - 1;
      if (delta > 0) {
        if (start >= from) b[startKey] = start + delta;
        else if (from <= end) b[sizeKey] += delta;
        continue;
      }
      const firstDeleted = from + delta;
      const lastDeleted = from - 1;
      const deletedBefore = Math.max(0, Math.min(lastDeleted, start - 1) - firstDeleted + 1);
      const deletedInside = Math.max(0, Math.min(end, lastDeleted) - Math.max(start, firstDeleted) + 1);
      b[startKey] = start - deletedBefore;
      b[sizeKey] -= deletedInside;
    }
    this.protections = this.protections.filter((p) => !p.bounds || (p.bounds.numRows > 0 && p.bounds.numCols > 0));
  }
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
