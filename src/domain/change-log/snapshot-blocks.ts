import * as z from "zod/mini";
import { normalizeLabel } from "../workbook/sheet-template";

/**
 * The edit snapshot: the stage sheets' cells as text, so a multi-cell paste
 * (whose onEdit event carries no old values) can be diffed. A sheet is cut
 * into blocks of BLOCK_ROWS rows, each stored as one cache entry (or a few
 * parts), so an edit loads and rewrites only the blocks it touches: the
 * same handful of calls on a 10-row sheet as on a 10,000-row one.
 *
 * Two layers, because only the edit trigger knows which edit a value comes
 * from. `r` holds cells as the edit trigger recorded them (each trigger
 * only its own event's cells), and is exact. `s` holds rows a full read
 * (Validate) saw where `r` knows nothing; such a read may already hold a
 * paste whose trigger has not run, so a seed is evidence, not truth (see
 * priorText). A block keeps the header labels it was written under; cells
 * are matched by label, so reordered columns still diff.
 */
export const BLOCK_ROWS = 100;

const Row = z.array(z.nullable(z.string()));

export const SnapshotBlock = z.object({
  /** Column identities: normalized header labels, `#<column>` for an unlabeled column. */
  h: z.array(z.string()),
  /** Cells the edit trigger recorded, by sheet row number; null where it never recorded one. */
  r: z.record(z.string(), Row),
  /** Cells a full read saw, by sheet row number. */
  s: z.optional(z.record(z.string(), Row)),
  /** When the latest of those reads was taken (ms since the epoch). */
  t: z.optional(z.number()),
  /**
   * A recorded row's key cells (in the sheet's key-label order) as its
   * trigger read them: only to tell later that the row is still the same
   * row, never as a cell's old value (someone may be pasting over them).
   */
  k: z.optional(z.record(z.string(), z.array(z.string()))),
  /** When the block was last stored (ms since the epoch): its cache entry lives six hours from then. */
  w: z.optional(z.number()),
});
export type SnapshotBlock = z.output<typeof SnapshotBlock>;

export interface SheetSnapshot {
  /** Rows below this one were empty when a full read first saw the sheet (null: no such read is known). */
  lastRow: number | null;
  blocks: Map<number, SnapshotBlock>;
}

/** What the snapshot says a cell held. A seed comes with the time of the read that saw it. */
export type Prior = { text: string; seededAt: number | null } | undefined;

const blockOf = (row: number): number => Math.floor((row - 1) / BLOCK_ROWS);

export function blocksBetween(firstRow: number, lastRow: number): number[] {
  const blocks: number[] = [];
  for (let block = blockOf(firstRow); block <= blockOf(lastRow); block++) blocks.push(block);
  return blocks;
}

export function columnIds(header: readonly unknown[]): string[] {
  return header.map((label, index) => normalizeLabel(label) || `#${index + 1}`);
}

/** The cell's recorded text (seededAt null), a seed's, "" below the first full read's last row, or undefined. */
export function priorText(snapshot: SheetSnapshot, row: number, columnId: string): Prior {
  const block = snapshot.blocks.get(blockOf(row));
  if (block) {
    const index = block.h.indexOf(columnId);
    const recorded = index < 0 ? null : (block.r[row]?.[index] ?? null);
    if (recorded !== null) return { text: recorded, seededAt: null };
    const seeded = index < 0 ? null : (block.s?.[row]?.[index] ?? null);
    if (seeded !== null) return { text: seeded, seededAt: block.t ?? 0 };
  }
  return snapshot.lastRow !== null && row > snapshot.lastRow ? { text: "", seededAt: null } : undefined;
}

/** The key the row had when a trigger last recorded it (key-label order), if one did. */
export function recordedKeys(snapshot: SheetSnapshot, row: number): string[] | undefined {
  return snapshot.blocks.get(blockOf(row))?.k?.[row];
}

/** A row the snapshot knows: its key (key labels' cells joined) and its cells by column id, recorded over seeded. */
export interface KnownRow {
  row: number;
  key: string;
  cells: [string, string][];
  /**
   * The row a full read saw at this number before an edit recorded another
   * key here (listed after that one): "moved" when the edit's key was seen
   * at another row (rows moved), "retyped" when it is new (the key typed over).
   */
  older?: "moved" | "retyped";
}

/**
 * Every row below the header the snapshot holds, in sheet order. Where an
 * edit recorded another key at a row number than the full read saw there,
 * both rows are listed, the read's after the edit's and marked older: rows
 * may have moved (deleted or inserted above) or the key was typed over, and
 * only the sheet as it is now tells which. The edit's row takes its seeded
 * cells only when its key is new to the read (typed over in place).
 */
export function knownRows(snapshot: SheetSnapshot, keyLabels: readonly string[], joiner: string): KnownRow[] {
  type Read = { row: number; block: SnapshotBlock; keyOf: (cells: readonly (string | null)[]) => string };
  const reads: Read[] = [];
  const seedKeyAt = new Map<number, string>();
  for (const block of snapshot.blocks.values()) {
    const keyOf = keyReader(block.h, keyLabels, joiner);
    for (const row of new Set([...Object.keys(block.r), ...Object.keys(block.s ?? {})].map(Number))) {
      if (row < 2) continue;
      reads.push({ row, block, keyOf });
      const seed = block.s?.[row];
      if (seed) seedKeyAt.set(row, keyOf(seed));
    }
  }
  const seededKeys = new Set(seedKeyAt.values());
  const known: KnownRow[] = [];
  for (const { row, block, keyOf } of reads.sort((a, b) => a.row - b.row)) {
    const recordedKey = block.k?.[row]?.filter(Boolean).join(joiner);
    const seedKey = seedKeyAt.get(row);
    const twoRows = recordedKey !== undefined && seedKey !== undefined && recordedKey !== seedKey;
    const movedHere = twoRows && seededKeys.has(recordedKey);
    const cells = block.h.map((id, index): [string, string | null] => [
      id,
      block.r[row]?.[index] ?? (movedHere ? null : (block.s?.[row]?.[index] ?? null)),
    ]);
    const key = recordedKey ?? keyOf(cells.map(([, text]) => text));
    known.push({ row, key, cells: filled(cells) });
    if (twoRows)
      known.push({
        row,
        key: seedKey,
        cells: filled(block.h.map((id, index) => [id, block.s![row][index]])),
        older: movedHere ? "moved" : "retyped",
      });
  }
  return known;
}

const filled = (cells: [string, string | null][]) => cells.filter((cell): cell is [string, string] => cell[1] !== null);

/** A row's key from its cells under column ids `ids`: the key labels' non-empty cells, joined. */
export function keyReader(
  ids: readonly string[],
  keyLabels: readonly string[],
  joiner: string,
): (cells: readonly (string | null)[]) => string {
  const at = keyLabels.map((label) => ids.indexOf(label));
  return (cells) =>
    at
      .map((column) => (column < 0 ? "" : (cells[column] ?? "")))
      .filter(Boolean)
      .join(joiner);
}

/**
 * Rows were deleted or inserted: the snapshot's row numbers no longer line
 * up, so it starts again from this full read at `at` (seeds, as Validate's
 * are). Returns the blocks changed, those it held before included, so the
 * ones past the sheet's new end are blanked.
 */
export function rebaseRows(snapshot: SheetSnapshot, rows: readonly (readonly string[])[], at: number): Set<number> {
  const touched = new Set(snapshot.blocks.keys());
  snapshot.blocks.clear();
  snapshot.lastRow = null;
  for (const block of seedRows(snapshot, rows, at)) touched.add(block);
  return touched;
}

/**
 * The edit trigger's own cells: `cells[i][j]` is row firstRow + i, column
 * `columns[j]` (an id of `header`), and each row's key as read. Only these
 * cells change, so a trigger never records what another person's pending
 * edit put beside them.
 */
export function recordCells(
  snapshot: SheetSnapshot,
  header: readonly unknown[],
  firstRow: number,
  columns: readonly string[],
  cells: readonly (readonly string[])[],
  keys: readonly (readonly string[])[] = [],
): Set<number> {
  const ids = columnIds(header);
  const touched = new Set<number>();
  cells.forEach((values, offset) => {
    const row = firstRow + offset;
    const block = blockFor(snapshot, row, ids);
    const stored = block.r[row] ?? ids.map(() => null);
    columns.forEach((id, j) => {
      const index = ids.indexOf(id);
      if (index >= 0) stored[index] = values[j] ?? "";
    });
    block.r[row] = stored;
    if (keys[offset]) block.k = { ...block.k, [row]: [...keys[offset]] };
    touched.add(blockOf(row));
  });
  return touched;
}

/**
 * A full read at `at` (rows from 1, full width): seeds the rows the trigger
 * has not recorded and no read seeded before, up to the last row the first
 * read saw (rows below it stay "known empty", whatever a paste has put there
 * since). Nothing the snapshot knew is replaced. Returns the blocks changed.
 */
export function seedRows(snapshot: SheetSnapshot, rows: readonly (readonly string[])[], at: number): Set<number> {
  const ids = columnIds(rows[0] ?? []);
  const last = Math.min(rows.length, snapshot.lastRow ?? rows.length);
  const touched = new Set<number>();
  for (let row = 2; row <= last; row++) {
    const existing = snapshot.blocks.get(blockOf(row));
    if (existing?.s?.[row]) continue;
    const recorded = existing?.r[row];
    if (recorded && existing.h.join("\u0000") === ids.join("\u0000") && recorded.every((cell) => cell !== null)) continue;
    const block = blockFor(snapshot, row, ids);
    block.s = { ...block.s, [row]: ids.map((_, column) => rows[row - 1][column] ?? "") };
    block.t = Math.max(block.t ?? 0, at);
    touched.add(blockOf(row));
  }
  if (snapshot.lastRow === null) snapshot.lastRow = rows.length;
  return touched;
}

/** The add-on itself rewrote the sheet (Import): what it wrote is exact. */
export function overwriteRows(snapshot: SheetSnapshot, rows: readonly (readonly string[])[]): Set<number> {
  const ids = columnIds(rows[0] ?? []);
  snapshot.blocks.clear();
  const touched = new Set<number>();
  for (let row = 1; row <= rows.length; row++) {
    blockFor(snapshot, row, ids).r[row] = ids.map((_, column) => rows[row - 1][column] ?? "");
    touched.add(blockOf(row));
  }
  snapshot.lastRow = rows.length;
  return touched;
}

/** The add-on wrote these rows without an edit event: what the snapshot held for them is stale. */
export function dropRows(snapshot: SheetSnapshot, firstRow: number, lastRow: number): Set<number> {
  const touched = new Set<number>();
  for (let row = firstRow; row <= lastRow; row++) {
    const block = snapshot.blocks.get(blockOf(row));
    if (!block || (!block.r[row] && !block.s?.[row] && !block.k?.[row])) continue;
    delete block.r[row];
    if (block.s) delete block.s[row];
    if (block.k) delete block.k[row];
    touched.add(blockOf(row));
  }
  return touched;
}

function blockFor(snapshot: SheetSnapshot, row: number, ids: string[]): SnapshotBlock {
  const index = blockOf(row);
  let block = snapshot.blocks.get(index);
  if (!block) snapshot.blocks.set(index, (block = { h: ids, r: {} }));
  else if (block.h.join("\u0000") !== ids.join("\u0000")) remap(block, ids);
  return block;
}

/** Re-aligns a block's rows to a new header by label; cells of columns it never saw are unknown (null). */
function remap(block: SnapshotBlock, ids: string[]): void {
  const from = ids.map((id) => block.h.indexOf(id));
  const align = (rows: Record<string, (string | null)[]>) => {
    for (const [row, cells] of Object.entries(rows)) rows[row] = from.map((index) => (index < 0 ? null : (cells[index] ?? null)));
  };
  align(block.r);
  if (block.s) align(block.s);
  block.h = ids;
}
