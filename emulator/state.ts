import type { MailState } from "./mail";
import type { CacheData } from "./cache";
import type { DriveItem } from "./drive/drive-model";
import { DriveModel } from "./drive/drive-model";
import type { PropertyData } from "./properties";
import { isDate, type CellValue } from "./spreadsheet/cell-values";
import { SheetModel, type Bounds, type Cell } from "./spreadsheet/sheet-model";
import { SpreadsheetModel, type ProtectionModel } from "./spreadsheet/spreadsheet-model";
import type { TriggerModel } from "./triggers";
import type { World } from "./world";

/** JSON-safe forms: Dates as {"$date": iso}, NaN/Infinity as {"$num": "NaN"}. */
export type EncodedDate = { $date: string };

export function encodeValue(v: unknown): unknown {
  if (isDate(v)) return { $date: v.toISOString() };
  if (typeof v === "number" && !Number.isFinite(v)) return { $num: String(v) };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)]));
  return v;
}

/** A cell's fields but its rule, encoded: most are plain text or numbers, copied as they are (saveState runs per sweep run). */
function encodeCell(cell: Cell): Record<string, unknown> {
  const encoded: Record<string, unknown> = {};
  for (const key in cell) {
    if (key === "dv") continue;
    const value = cell[key as keyof Cell];
    const plain =
      typeof value === "string" || typeof value === "boolean" || value === null || (typeof value === "number" && Number.isFinite(value));
    encoded[key] = plain ? value : encodeValue(value);
  }
  return encoded;
}

export function decodeValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeValue);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.$date === "string") return new Date(o.$date);
    if (typeof o.$num === "string") return Number(o.$num);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decodeValue(x)]));
  }
  return v;
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: Record<string, number>;
  selection: Bounds;
  /** [row, column, cell] for every non-empty cell; values encoded with encodeValue. */
  cells: [number, number, Record<string, unknown>][];
  /**
   * Each distinct data-validation rule once; a cell's `dv` is its index here.
   * A dropdown down 1,000 rows would otherwise be saved 1,000 times.
   */
  rules?: unknown[];
}

export interface SpreadsheetState {
  id: string;
  name: string;
  owner: string;
  timeZone: string;
  locale: string;
  activeSheetId: number;
  nextSheetId: number;
  nextProtectionId: number;
  sheets: SheetState[];
  protections: ProtectionModel[];
}

export interface DriveItemState extends Omit<DriveItem, "content" | "byApp" | "picked"> {
  /** Absent in states saved before drive.file reach was modelled: such items count as the script's own. */
  byApp?: boolean;
  picked?: boolean;
  /** UTF-8 text when the bytes are valid UTF-8, else base64 in contentBase64. */
  content?: string;
  contentBase64?: string;
}

export interface EmulatorState {
  version: 1;
  user: string;
  timeZone: string;
  scriptId: string;
  clockOffsetMs: number;
  sleptMs: number;
  idSeq: number;
  /** Absent in states saved before UUIDs were deterministic. */
  uuidSeq?: number;
  spreadsheet: SpreadsheetState;
  drive: { rootId: string; items: DriveItemState[] };
  properties: PropertyData;
  cache: CacheData;
  triggers: { nextId: number; list: TriggerModel[] };
  /** Granted scopes (null: all the manifest's) and whether the add-on is enabled in this document. */
  auth?: { granted: string[] | null; addonEnabled: boolean };
  /** Latency charged so far on the projected clock. */
  projectedMs?: number;
  /** Mail sent and the mail knobs; absent in states saved before MailApp. */
  mail?: MailState;
}

export function sheetToState(s: SheetModel): SheetState {
  const cells: SheetState["cells"] = [];
  const rules: unknown[] = [];
  const ruleIndex = new Map<string, number>();
  // Cells written by one setDataValidations or loaded from a state share a spec object: index those without serialising.
  const sameRule = new Map<object, number>();
  for (const [r, row] of s.rows) {
    for (const [c, cell] of row) {
      const { dv } = cell;
      const encoded = encodeCell(cell);
      if (dv !== undefined) {
        let index = sameRule.get(dv);
        if (index === undefined) {
          const spec = encodeValue(dv);
          const key = JSON.stringify(spec);
          index = ruleIndex.get(key) ?? rules.push(spec) - 1;
          ruleIndex.set(key, index);
          sameRule.set(dv, index);
        }
        encoded.dv = index;
      }
      cells.push([r, c, encoded]);
    }
  }
  return {
    id: s.id,
    name: s.name,
    maxRows: s.maxRows,
    maxCols: s.maxCols,
    frozenRows: s.frozenRows,
    frozenCols: s.frozenCols,
    hidden: s.hidden,
    tabColor: s.tabColor,
    columnWidths: Object.fromEntries(s.colWidths),
    selection: { ...s.selection },
    cells,
    rules,
  };
}

export function sheetFromState(st: SheetState): SheetModel {
  const s = new SheetModel(st.id, st.name, st.maxRows, st.maxCols);
  Object.assign(s, {
    frozenRows: st.frozenRows,
    frozenCols: st.frozenCols,
    hidden: st.hidden,
    tabColor: st.tabColor,
    selection: { ...st.selection },
  });
  s.colWidths = new Map(Object.entries(st.columnWidths).map(([k, v]) => [Number(k), v]));
  const rules = (st.rules ?? []).map(decodeValue);
  for (const [r, c, cell] of st.cells) {
    for (const key in cell) {
      const value = cell[key];
      // Cells share one decoded rule: specs are copied on read and replaced on write, never changed in place.
      const decoded =
        key === "dv" && typeof value === "number" ? rules[value] : value !== null && typeof value === "object" ? decodeValue(value) : value;
      s.set(r, c, key as keyof Cell, decoded as CellValue);
    }
  }
  return s;
}

export function spreadsheetToState(ss: SpreadsheetModel): SpreadsheetState {
  return {
    id: ss.id,
    name: ss.name,
    owner: ss.owner,
    timeZone: ss.timeZone,
    locale: ss.locale,
    activeSheetId: ss.activeSheetId,
    nextSheetId: ss.nextSheetId,
    nextProtectionId: ss.nextProtectionId,
    sheets: ss.sheets.map(sheetToState),
    protections: structuredClone(ss.protections),
  };
}

export function spreadsheetFromState(st: SpreadsheetState): SpreadsheetModel {
  const ss = new SpreadsheetModel(st.id, st.name, st.owner, st.timeZone, st.locale);
  ss.sheets = st.sheets.map(sheetFromState);
  Object.assign(ss, { activeSheetId: st.activeSheetId, nextSheetId: st.nextSheetId, nextProtectionId: st.nextProtectionId });
  ss.protections = structuredClone(st.protections);
  return ss;
}

export function driveToState(d: DriveModel): EmulatorState["drive"] {
  const items = [...d.items.values()].map(({ content, ...rest }) => {
    const text = content.toString("utf8");
    return Buffer.from(text, "utf8").equals(content)
      ? { ...rest, parents: [...rest.parents], content: text }
      : { ...rest, parents: [...rest.parents], contentBase64: content.toString("base64") };
  });
  return { rootId: d.rootId, items };
}

export function driveFromState(w: World, st: EmulatorState["drive"]): DriveModel {
  const d = new DriveModel(w);
  d.rootId = st.rootId;
  for (const { content, contentBase64, ...rest } of st.items) {
    const bytes = contentBase64 !== undefined ? Buffer.from(contentBase64, "base64") : Buffer.from(content ?? "", "utf8");
    const byApp = rest.byApp ?? rest.id !== st.rootId;
    d.items.set(rest.id, { ...rest, parents: [...rest.parents], content: bytes, byApp, picked: rest.picked ?? false });
  }
  return d;
}
