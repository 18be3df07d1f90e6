import { documentCacheHandle } from "./service-handles";
import { stageSheetTexts } from "../domain/change-log/full-read";
import {
  blocksBetween,
  BLOCK_ROWS,
  dropRows,
  overwriteRows,
  seedRows,
  type SheetSnapshot,
  type SnapshotBlock,
} from "../domain/change-log/snapshot-blocks";
import { decodeBlock, encodeBlock, SeedFence, SnapshotMeta } from "../domain/change-log/snapshot-codec";
import { parseStoredJson } from "../domain/storage/stored-json";
import type { RawWorkbook } from "../domain/validation";
import { retried } from "../platform/service-retry";

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
/**
 * A simple trigger starts within seconds of its edit; a minute is the time
 * after which a seed is taken to predate every edit whose trigger is still
 * to come.
 */
const TRIGGER_START_SECONDS = 60;

const partKey = (sheet: string, block: number, part: number) => `snap|${sheet}|${block}|${part}`;
const metaKey = (sheet: string) => `snap|${sheet}|meta`;
const FENCE_KEY = "snap|fence";
const cache = () => documentCacheHandle();

export interface SnapshotRequest {
  sheet: string;
  blocks: readonly number[];
}

/** One getAll for every block asked for, across sheets. */
export function loadSnapshots(requests: readonly SnapshotRequest[]): Map<string, SheetSnapshot> {
  return loadSnapshotsWith(requests, []).snapshots;
}

/** loadSnapshots, with `also` (other cache keys) read in the same getAll. */
export function loadSnapshotsWith(
  requests: readonly SnapshotRequest[],
  also: readonly string[],
): { snapshots: Map<string, SheetSnapshot>; also: Record<string, string | undefined> } {
  const snapshotKeys = requests.flatMap(({ sheet, blocks }) => [metaKey(sheet), ...blocks.flatMap((block) => partKeys(sheet, block))]);
  const keys = snapshotKeys.length > 0 ? [...snapshotKeys, ...also] : [];
  const store = keys.length > 0 ? cache() : null;
  const stored: Record<string, string | undefined> = store ? (retried(() => store.getAll(keys)) ?? {}) : {};
  const result = new Map<string, SheetSnapshot>();
  for (const { sheet, blocks } of requests) {
    const snapshot = result.get(sheet) ?? {
      lastRow: parseStoredJson(SnapshotMeta, stored[metaKey(sheet)])?.lastRow ?? null,
      blocks: new Map(),
    };
    for (const block of blocks) {
      const decoded = decodeBlock(partKeys(sheet, block).map((key) => stored[key]));
      if (decoded) snapshot.blocks.set(block, decoded);
    }
    result.set(sheet, snapshot);
  }
  return { snapshots: result, also: Object.fromEntries(also.map((key) => [key, stored[key]])) };
}

export interface SnapshotUpdate {
  sheet: string;
  snapshot: SheetSnapshot;
  blocks: Iterable<number>;
  /** Whether the sheet's last row is written too (a full read or the add-on's own rewrite established it). */
  meta?: boolean;
}

/**
 * One putAll for every changed block, and `also` (other cache entries) when
 * blocks are written. Writing the same blocks twice is harmless, so it is retried.
 */
export function storeSnapshots(updates: readonly SnapshotUpdate[], also: Record<string, string> = {}): void {
  const values: Record<string, string> = {};
  for (const { sheet, snapshot, blocks, meta } of updates) {
    if (meta && snapshot.lastRow !== null) values[metaKey(sheet)] = JSON.stringify({ lastRow: snapshot.lastRow });
    for (const block of blocks) Object.assign(values, blockValues(sheet, block, snapshot.blocks.get(block)));
  }
  if (Object.keys(values).length === 0) return;
  Object.assign(values, also);
  const store = cache();
  if (store) retried(() => store.putAll(values, TTL_SECONDS));
}

/** The blocks past half their six hours at `now`: a full read renews them, so the rows it saw stay known. */
export function agingBlocks(snapshot: SheetSnapshot, now: number): number[] {
  return [...snapshot.blocks].filter(([, block]) => (block.w ?? 0) < now - (TTL_SECONDS * 1000) / 2).map(([index]) => index);
}

/**
 * After the add-on itself writes cells of a sheet, what the snapshot held
 * there is stale: drops every block the rows touch (a caller that wrote a
 * few cells may have written others near them).
 */
export function forgetSnapshot(sheet: string, firstRow: number, lastRow: number): void {
  const blocks = blocksBetween(firstRow, lastRow);
  forget(sheet, blocks[0] * BLOCK_ROWS + 1, (blocks[blocks.length - 1] + 1) * BLOCK_ROWS);
}

/** Forgets exactly these rows, for a caller whose every write is in them (one Plan value). */
export function forgetRows(sheet: string, firstRow: number, lastRow: number): void {
  forget(sheet, firstRow, lastRow);
}

function forget(sheet: string, firstRow: number, lastRow: number): void {
  const snapshot = loadSnapshots([{ sheet, blocks: blocksBetween(firstRow, lastRow) }]).get(sheet)!;
  storeSnapshots([{ sheet, snapshot, blocks: dropRows(snapshot, firstRow, lastRow) }]);
}

/**
 * Before a full read that will seed the snapshot: marks seeds from now on
 * as possibly holding edits whose triggers have yet to run, for as long as
 * a trigger may take to start, and returns the seeds' time. The mark comes
 * first, so a trigger that starts before it sees seeds newer than itself.
 */
export function markSeeding(): number {
  const store = cache();
  if (!store) return Date.now();
  const live = parseStoredJson(
    SeedFence,
    retried(() => store.get(FENCE_KEY)),
  );
  const since = live?.since ?? Date.now();
  retried(() => store.put(FENCE_KEY, JSON.stringify({ since }), TRIGGER_START_SECONDS));
  return Date.now();
}

/** For a trigger starting at `startedMs`: seeds taken at or after the returned time may already hold its edit. */
export function seedTrustFor(startedMs: number): number {
  const store = cache();
  if (!store) return startedMs;
  const live = parseStoredJson(
    SeedFence,
    retried(() => store.get(FENCE_KEY)),
  );
  return live ? Math.min(live.since, startedMs) : startedMs;
}

/**
 * Records whole sheets read in one call each. "fill" (Validate, `at` from
 * markSeeding) only seeds what the snapshot does not know; "overwrite" is
 * for the add-on's own rewrite of a sheet (Import), whose values are exact.
 */
export function seedSnapshots(sheets: ReadonlyMap<string, readonly (readonly string[])[]>, mode: "fill" | "overwrite", at = 0): void {
  const requests = [...sheets].map(([sheet, rows]) => ({ sheet, blocks: rows.length > 0 ? blocksBetween(1, rows.length) : [] }));
  const loaded = mode === "fill" ? loadSnapshots(requests) : new Map<string, SheetSnapshot>();
  const updates: SnapshotUpdate[] = [];
  for (const [sheet, rows] of sheets) {
    const snapshot = loaded.get(sheet) ?? { lastRow: null, blocks: new Map() };
    const hadLastRow = snapshot.lastRow !== null;
    const blocks = mode === "fill" ? seedRows(snapshot, rows, at) : overwriteRows(snapshot, rows);
    updates.push({ sheet, snapshot, blocks, meta: mode === "overwrite" || !hadLastRow });
  }
  storeSnapshots(updates);
}

/** The stage sheets of a workbook read by readWorkbook (dates already calendar text). */
export function seedFromWorkbook(raw: RawWorkbook, mode: "fill" | "overwrite", at = 0): void {
  seedSnapshots(stageSheetTexts(raw), mode, at);
}

function blockValues(sheet: string, block: number, content: SnapshotBlock | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  const parts = content ? encodeBlock({ ...content, w: Date.now() }, PART_CHARS) : [];
  // An oversized (or emptied) block is blanked rather than left stale.
  if (parts.length === 0 || parts.length > MAX_PARTS) values[partKey(sheet, block, 0)] = "";
  else parts.forEach((part, index) => (values[partKey(sheet, block, index)] = part));
  return values;
}

function partKeys(sheet: string, block: number): string[] {
  return Array.from({ length: MAX_PARTS }, (_, part) => partKey(sheet, block, part));
}
