import { makeEnum } from "../enum";
import { Facade, instrument } from "../facade";
import { User } from "../session";
import type { World } from "../world";
import type { Range } from "./range";
import type { Bounds } from "./sheet-model";
import type { ProtectionModel, SpreadsheetModel } from "./spreadsheet-model";

export const ProtectionType = makeEnum(["RANGE", "SHEET"] as const);

/** Builds a Range facade for bounds on a sheet (injected to avoid an import cycle). */
export type RangeFactory = (sheetId: number, b: Bounds) => Range;

const emailOf = (u: unknown): string => (typeof u === "string" ? u : String((u as { getEmail(): string }).getEmail()));

export class Protection extends Facade {
  constructor(
    w: World,
    private readonly _ss: SpreadsheetModel,
    private readonly _p: ProtectionModel,
    private readonly _range: RangeFactory,
  ) {
    super(w);
  }
  private _area(): Bounds {
    const sheet = this._ss.sheetById(this._p.sheetId);
    return this._p.bounds ?? { row: 1, col: 1, numRows: sheet?.maxRows ?? 1, numCols: sheet?.maxCols ?? 1 };
  }
  getProtectionType() {
    return ProtectionType[this._p.type];
  }
  getRange() {
    return this._range(this._p.sheetId, this._area());
  }
  getDescription(): string {
    return this._p.description;
  }
  setDescription(description: string) {
    this._p.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }
  setWarningOnly(warningOnly: boolean) {
    this._p.warningOnly = Boolean(warningOnly);
    return this;
  }
  canEdit(): boolean {
    const user = this._w.user;
    return this._p.warningOnly || user === this._ss.owner || this._p.editors.includes(user);
  }
  getEditors(): User[] {
    return this._p.editors.map((e) => new User(this._w, e));
  }
  addEditor(emailOrUser: unknown) {
    const email = emailOf(emailOrUser);
    if (!this._p.editors.includes(email)) this._p.editors.push(email);
    return this;
  }
  addEditors(emailAddresses: unknown[]) {
    for (const e of emailAddresses) {
      const email = emailOf(e);
      if (!this._p.editors.includes(email)) this._p.editors.push(email);
    }
    return this;
  }
  removeEditor(emailOrUser: unknown) {
    const email = emailOf(emailOrUser);
    this._p.editors = this._p.editors.filter((e) => e !== email || e === this._ss.owner);
    return this;
  }
  removeEditors(emailAddresses: unknown[]) {
    const drop = new Set(emailAddresses.map(emailOf));
    // The owner can never lose edit access.
    this._p.editors = this._p.editors.filter((e) => !drop.has(e) || e === this._ss.owner);
    return this;
  }
  setDomainEdit(_editable: boolean) {
    return this;
  }
  getUnprotectedRanges() {
    return this._p.unprotected.map((b) => this._range(this._p.sheetId, b));
  }
  setUnprotectedRanges(ranges: Range[]) {
    if (this._p.type !== "SHEET") throw this._w.error("Unprotected ranges can only be set on sheet protections.");
    this._p.unprotected = ranges.map((r) => ({ ...r._bounds() }));
    return this;
  }
  remove(): void {
    this._ss.protections = this._ss.protections.filter((p) => p !== this._p);
  }
}

instrument(Protection, "Protection");

export function newProtection(
  ss: SpreadsheetModel,
  type: "RANGE" | "SHEET",
  sheetId: number,
  owner: string,
  bounds?: Bounds,
): ProtectionModel {
  const editors = [ss.owner];
  if (owner !== ss.owner) editors.push(owner);
  const p: ProtectionModel = {
    id: ss.nextProtectionId++,
    type,
    sheetId,
    bounds: bounds ? { ...bounds } : undefined,
    description: "",
    warningOnly: false,
    editors,
    unprotected: [],
  };
  ss.protections.push(p);
  return p;
}
