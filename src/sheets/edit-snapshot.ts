import { cellText } from "../domain/change-log/cell-text";
import { blocksBetween, decodeBlock, encodeBlock, recordRows, type SheetSnapshot } from "../domain/change-log/snapshot-blocks";
import { STAGE_SHEET_NAMES } from "../domain/change-log/stage-sheets";
import type { RawWorkbook } from "../domain/validation";

/**
 * The edit snapshot's storage: the document cache (100 KB per entry, six
 * hours at most). Every write renews the entries it touches, so the blocks
 * people work in stay; a block nobody edited for six hours expires, and its
 * cells read as unknown until Validate or an edit records them again. The
 * cache, not document properties: a 10,000-row sheet is megabytes, far over
 * the properties' 500 KB.
 */
const TTL_SECONDS = 21_600;
const PART_CHARS = 32_000;
/** A block larger than this (100 rows of very long text) is not kept: its cells read as unknown. */
const MAX_PARTS = 8;

const partKey = (sheet: string, block: number, part: number) => `snap|${sheet}|${block}|${part}`;
const metaKey = (sheet: string) => `snap|${sheet}|rows`;
const cache = () => CacheService.getDocumentCache();

export interface SnapshotRequest {
  sheet: string;
  blocks: readonly number[];
}

/** One getAll for every block asked for, across sheets. */
export function loadSnapshots(requests: readonly SnapshotRequest[]): Map<string, SheetSnapshot> {
  const keys = requests.flatMap(({ sheet, blocks }) => [metaKey(sheet), ...blocks.flatMap((block) => partKeys(sheet, block))]);
  const stored = keys.length > 0 ? (cache()?.getAll(keys) ?? {}) : {};
  const result = new Map<string, SheetSnapshot>();
  for (const { sheet, blocks } of requests) {
    const mark = stored[metaKey(sheet)];
    const snapshot: SheetSnapshot = { lastRow: mark ? Number(mark) : null, blocks: new Map() };
    for (const block of blocks) {
      const decoded = decodeBlock(partKeys(sheet, block).map((key) => stored[key]));
      if (decoded) snapshot.blocks.set(block, decoded);
    }
    result.set(sheet, snapshot);
  }
  return result;
}

export interface SnapshotUpdate {
  sheet: string;
  snapshot: SheetSnapshot;
  blocks: Iterable<number>;
}

/** One putAll for every changed block (and each sheet's row mark, renewed). */
export function storeSnapshots(updates: readonly SnapshotUpdate[]): void {
  const values: Record<string, string> = {};
  for (const { sheet, snapshot, blocks } of updates) {
    if (snapshot.lastRow !== null) values[metaKey(sheet)] = String(snapshot.lastRow);
    for (const block of blocks) {
      const parts = encodeBlock(snapshot.blocks.get(block)!, PART_CHARS);
      // An oversized block is blanked rather than left stale.
      if (parts.length > MAX_PARTS) values[partKey(sheet, block, 0)] = "";
      else parts.forEach((part, index) => (values[partKey(sheet, block, index)] = part));
    }
  }
  if (Object.keys(values).length > 0) cache()?.putAll(values, TTL_SECONDS);
}

/** After the add-on itself writes cells of a sheet, their recorded values are stale: drop those blocks. */
export function forgetSnapshot(sheet: string, firstRow: number, lastRow: number): void {
  cache()?.removeAll(blocksBetween(firstRow, lastRow).flatMap((block) => partKeys(sheet, block)));
}

/**
 * Records whole sheets read in one call each (Validate, Import). "fill"
 * adds only rows the snapshot lacks: a queued edit trigger still diffs its
 * paste against what was there before. "overwrite" is for the add-on's own
 * rewrite of a sheet (Import).
 */
export function seedSnapshots(sheets: ReadonlyMap<string, readonly (readonly string[])[]>, mode: "fill" | "overwrite"): void {
  const requests = [...sheets].map(([sheet, rows]) => ({ sheet, blocks: rows.length > 0 ? blocksBetween(1, rows.length) : [] }));
  const loaded = mode === "fill" ? loadSnapshots(requests) : new Map<string, SheetSnapshot>();
  const updates: SnapshotUpdate[] = [];
  for (const [sheet, rows] of sheets) {
    const snapshot = loaded.get(sheet) ?? { lastRow: null, blocks: new Map() };
    const byRow = new Map(rows.map((cells, index) => [index + 1, cells] as const));
    const blocks = recordRows(snapshot, rows[0] ?? [], byRow, mode);
    snapshot.lastRow = rows.length;
    updates.push({ sheet, snapshot, blocks });
  }
  storeSnapshots(updates);
}

/** The stage sheets of a workbook read by readWorkbook (dates already calendar text). */
export function seedFromWorkbook(raw: RawWorkbook, mode: "fill" | "overwrite"): void {
  const sheets = new Map<string, string[][]>();
  for (const name of STAGE_SHEET_NAMES) {
    const values = raw[name];
    if (values)
      sheets.set(
        name,
        values.map((row) => row.map((cell) => cellText(cell, (date) => date.toISOString()))),
      );
  }
  seedSnapshots(sheets, mode);
}

function partKeys(sheet: string, block: number): string[] {
  return Array.from({ length: MAX_PARTS }, (_, part) => partKey(sheet, block, part));
}
