import { columnIds, keyReader, type KnownRow, knownRows, type SheetSnapshot } from "./snapshot-blocks";
import { MAX_CELL_TEXT } from "../plan/limits";
import type { StageSheet } from "./stage-sheets";

/** A row deleted from or inserted into a stage sheet, as the Change log names it. */
export interface RowChange {
  rowKey: string;
  column: typeof ROW_DELETED | typeof ROWS_INSERTED;
  /** A deleted row's cells, each named by its column's label. */
  oldValue: string | null;
  newValue: string | null;
}

export const ROW_DELETED = "(row deleted)";
export const ROWS_INSERTED = "(rows inserted)";

/**
 * The rows deleted and inserted since the snapshot, found by comparing the
 * rows it knows (by key) with a full read of the sheet (`rows`, row 1 the
 * header). Sheets' own events say neither which rows went nor what they
 * held; the snapshot does, for as long as it keeps them.
 *
 * A known row is deleted when its key is nowhere on the sheet and the rows
 * below it moved up (or nothing stands below it any more). A key gone while
 * the next known row stayed in place is a key typed over, which the edit's
 * own trigger logs. Rows are inserted where known rows moved down: one
 * entry per gap, naming the keys the new rows hold now.
 */
export function rowChanges(stage: StageSheet, snapshot: SheetSnapshot, rows: readonly (readonly string[])[]): RowChange[] {
  return compareRows(stage, snapshot, rows).changes;
}

export interface RowComparison {
  changes: RowChange[];
  /** Whether any row the snapshot knows now stands at another row (deleted, inserted or sorted rows above it). */
  moved: boolean;
}

/** rowChanges, and whether rows moved, from one pass over the snapshot. */
export function compareRows(stage: StageSheet, snapshot: SheetSnapshot, rows: readonly (readonly string[])[]): RowComparison {
  const { labelOf, keyOf, rowNow, known } = positions(stage, snapshot, rows);
  const knownKeys = new Set(known.map((row) => row.key));
  // The nearest known row below each one that is still on the sheet.
  const presentBelow: (KnownRow | undefined)[] = new Array(known.length);
  for (let index = known.length - 1, below: KnownRow | undefined; index >= 0; index--) {
    presentBelow[index] = below;
    if (rowNow.has(known[index].key)) below = known[index];
  }
  const changes: RowChange[] = [];
  known.forEach((entry, index) => {
    if (rowNow.has(entry.key)) return;
    // A key typed over is its edit's to log; the read's row is a deletion candidate only where another row moved into its place.
    if (entry.older === "retyped") return;
    const next = presentBelow[index];
    const movedUp = next ? rowNow.get(next.key)! < next.row : (rows[entry.row - 1] ?? []).every((cell) => cell === "");
    if (!movedUp) return;
    const cells = entry.cells.filter(([, text]) => text !== "").map(([id, text]) => `${labelOf.get(id) ?? id}: ${text}`);
    changes.push({ rowKey: entry.key, column: ROW_DELETED, oldValue: fitCell(cells.join("; ")) || null, newValue: null });
  });

  // Each present known row's shift (current row - known row); a rise between neighbours is a gap of inserted rows.
  const present = known.filter((entry) => rowNow.has(entry.key));
  let previous: { now: number; shift: number; key: string } = { now: 1, shift: 0, key: "" };
  for (const entry of present) {
    const now = rowNow.get(entry.key)!;
    const shift = now - entry.row;
    const count = shift - previous.shift;
    // Rows that moved from elsewhere (a sort) fill a gap too: only rows no known row accounts for are new.
    const fresh = Array.from({ length: Math.max(0, now - previous.now - 1) }, (_, offset) =>
      keyOf(rows[previous.now + offset] ?? []),
    ).filter((key) => key === "" || !knownKeys.has(key));
    if (count > 0 && fresh.length >= count) {
      const named = fresh.filter(Boolean);
      changes.push({
        rowKey:
          (named.length > 10 ? `${named.slice(0, 10).join(", ")} and ${named.length - 10} more` : named.join(", ")) ||
          `row ${previous.now + 1}`,
        column: ROWS_INSERTED,
        oldValue: null,
        newValue: `${count} row${count === 1 ? "" : "s"} inserted ${previous.key ? `after ${previous.key}` : "below the header"}`,
      });
    }
    if (now > previous.now) previous = { now, shift, key: entry.key };
  }
  return { changes, moved: present.some((entry) => rowNow.get(entry.key) !== entry.row) };
}

/** A row's cells joined may pass what one cell holds; the log's cell says how much it left out rather than fail. */
function fitCell(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const kept = MAX_CELL_TEXT - 80;
  return `${text.slice(0, kept)}… (${(text.length - kept).toLocaleString("en-US")} more characters not logged)`;
}

/** The snapshot's keyed rows, and where each key stands now (its first row). */
function positions(stage: StageSheet, snapshot: SheetSnapshot, rows: readonly (readonly string[])[]) {
  const header = rows[0] ?? [];
  const ids = columnIds(header);
  const labelOf = new Map(ids.map((id, index) => [id, String(header[index] ?? "").trim() || id]));
  const keyOf = keyReader(ids, stage.keyLabels, stage.joiner);
  const rowNow = new Map<string, number>();
  for (let row = rows.length; row >= 2; row--) {
    const key = keyOf(rows[row - 1]);
    if (key) rowNow.set(key, row);
  }
  const known = knownRows(snapshot, stage.keyLabels, stage.joiner).filter((row) => row.key !== "");
  return { labelOf, keyOf, rowNow, known };
}
