import { normalizeLabel } from "../workbook/sheet-template";

/**
 * The edit snapshot: the stage sheets' cells as text, so a multi-cell paste
 * (whose onEdit event carries no old values) can be diffed. A sheet is cut
 * into blocks of BLOCK_ROWS rows, each stored as one cache entry (or a few
 * parts), so an edit loads and rewrites only the blocks it touches: the
 * same handful of calls on a 10-row sheet as on a 10,000-row one.
 *
 * A block keeps the header labels it was written under, and rows by sheet
 * row number; cells are matched by label, so reordered columns still diff.
 * A row the block lacks is unknown. `lastRow` says up to where the snapshot
 * was seeded from a full read: rows below it were empty then.
 */
export const BLOCK_ROWS = 100;

export interface SnapshotBlock {
  /** Column identities: normalized header labels, `#<column>` for an unlabeled column. */
  h: string[];
  /** Row text aligned with h, by sheet row number; null where the cell is unknown. */
  r: Record<string, (string | null)[]>;
}

export interface SheetSnapshot {
  lastRow: number | null;
  blocks: Map<number, SnapshotBlock>;
}

const blockOf = (row: number): number => Math.floor((row - 1) / BLOCK_ROWS);

export function blocksBetween(firstRow: number, lastRow: number): number[] {
  const blocks: number[] = [];
  for (let block = blockOf(firstRow); block <= blockOf(lastRow); block++) blocks.push(block);
  return blocks;
}

export function columnIds(header: readonly unknown[]): string[] {
  return header.map((label, index) => normalizeLabel(label) || `#${index + 1}`);
}

/** The cell's text when the snapshot knows it, else undefined. */
export function previousText(snapshot: SheetSnapshot, row: number, columnId: string): string | undefined {
  const block = snapshot.blocks.get(blockOf(row));
  const stored = block?.r[row];
  if (block && stored) {
    const index = block.h.indexOf(columnId);
    return index < 0 ? undefined : (stored[index] ?? undefined);
  }
  return snapshot.lastRow !== null && row > snapshot.lastRow ? "" : undefined;
}

/**
 * Records rows (full width, under `header`): "overwrite" replaces what the
 * snapshot holds (an edit, an import), "fill" only adds rows it lacks (a
 * full read must not undo what a queued edit trigger has yet to diff).
 * Returns the blocks that changed.
 */
export function recordRows(
  snapshot: SheetSnapshot,
  header: readonly unknown[],
  rows: ReadonlyMap<number, readonly string[]>,
  mode: "overwrite" | "fill",
): Set<number> {
  const ids = columnIds(header);
  const touched = new Set<number>();
  for (const [row, cells] of rows) {
    const index = blockOf(row);
    let block = snapshot.blocks.get(index);
    if (block && mode === "fill" && block.r[row]) continue;
    if (!block) snapshot.blocks.set(index, (block = { h: ids, r: {} }));
    else if (block.h.join("\u0000") !== ids.join("\u0000")) remap(block, ids);
    block.r[row] = ids.map((_, column) => cells[column] ?? "");
    touched.add(index);
  }
  return touched;
}

/** Re-aligns a block's rows to a new header by label; cells of columns it never saw are unknown (null). */
function remap(block: SnapshotBlock, ids: string[]): void {
  const from = ids.map((id) => block.h.indexOf(id));
  for (const [row, cells] of Object.entries(block.r)) block.r[row] = from.map((index) => (index < 0 ? null : (cells[index] ?? null)));
  block.h = ids;
}

/**
 * A block's JSON in parts of at most `partChars` characters (a cache entry
 * holds 100 KB; 32,000 characters stay below it even at 3 bytes each). The
 * first part starts with the count, so stale parts of a longer earlier
 * version are ignored.
 */
export function encodeBlock(block: SnapshotBlock, partChars: number): string[] {
  const json = JSON.stringify(block);
  const parts: string[] = [];
  for (let start = 0; start < json.length; start += partChars) parts.push(json.slice(start, start + partChars));
  parts[0] = `${parts.length}:${parts[0]}`;
  return parts;
}

export function decodeBlock(parts: readonly (string | null | undefined)[]): SnapshotBlock | null {
  const first = parts[0];
  const match = first ? /^(\d+):/.exec(first) : null;
  if (!first || !match) return null;
  const count = Number(match[1]);
  const texts = [first.slice(match[0].length)];
  for (let part = 1; part < count; part++) {
    const text = parts[part];
    if (typeof text !== "string") return null;
    texts.push(text);
  }
  try {
    const block = JSON.parse(texts.join("")) as SnapshotBlock;
    return Array.isArray(block.h) && block.r && typeof block.r === "object" ? block : null;
  } catch {
    return null;
  }
}
