import * as z from "zod/mini";
import { columnIds } from "./snapshot-blocks";
import type { StageSheet } from "./stage-sheets";

/**
 * One edit as its trigger read it, kept in document properties before the
 * trigger does anything else (write-ahead), so a trigger that stops
 * half-way leaves it for the next run to log, once. It holds what the
 * Change log needs and no more: the header, each edited row's key cells and
 * edited cells, and the keys around the range (to notice inserted rows).
 */
export const EditRecord = z.object({
  id: z.string(),
  /** When the trigger started (ISO): the entries' timestamp. */
  at: z.string(),
  /** Seeds taken at or after this time (ms) may already hold this edit: see editEntries. */
  trustSeedsBefore: z.number(),
  user: z.string(),
  sheet: z.string(),
  /** Row 1 as read after the edit, as wide as the sheet and the edit. */
  header: z.array(z.string()),
  firstRow: z.int(),
  firstColumn: z.int(),
  numRows: z.int(),
  numColumns: z.int(),
  /** Per edited row: its key cells (one per key label, "" where absent) and its edited cells. */
  rows: z.array(z.object({ keys: z.array(z.string()), cells: z.array(z.string()) })),
  /** Key cells of the row above the range (null above row 2) and of the rows below it. */
  above: z.nullable(z.array(z.string())),
  below: z.array(z.array(z.string())),
  /** A single cell's old value as Sheets reported it ("" when it was empty); absent for a paste. */
  oldValue: z.optional(z.string()),
  /** Set, in the same write that counts it as a change since export, once its rows are in the log. */
  done: z.optional(z.boolean()),
});
export type EditRecord = z.output<typeof EditRecord>;

export interface EditRead {
  id: string;
  at: string;
  trustSeedsBefore: number;
  user: string;
  firstRow: number;
  firstColumn: number;
  numRows: number;
  numColumns: number;
  header: readonly string[];
  /** Rows as read, full width, starting at `readFrom` (the row above the range when there is one). */
  readFrom: number;
  read: readonly (readonly string[])[];
  oldValue?: string;
}

/** Column positions (0-based) of the sheet's key labels in `header`; -1 where missing. */
export function keyColumns(stage: StageSheet, header: readonly unknown[]): number[] {
  const ids = columnIds(header);
  return stage.keyLabels.map((label) => ids.indexOf(label));
}

/** Whether the edited columns (from `firstColumn`, 1-based) hold a key: only then do the rows around the edit matter. */
export function editsKeys(stage: StageSheet, header: readonly unknown[], firstColumn: number, numColumns: number): boolean {
  return keyColumns(stage, header).some((column) => column >= firstColumn - 1 && column < firstColumn - 1 + numColumns);
}

export function editRecord(stage: StageSheet, edit: EditRead): EditRecord {
  const keys = keyColumns(stage, edit.header);
  const keysOf = (cells: readonly string[] | undefined) => keys.map((column) => (column < 0 ? "" : (cells?.[column] ?? "")));
  const rowAt = (row: number) => edit.read[row - edit.readFrom];
  const rows = Array.from({ length: edit.numRows }, (_, offset) => {
    const cells = rowAt(edit.firstRow + offset) ?? [];
    return {
      keys: keysOf(cells),
      cells: Array.from({ length: edit.numColumns }, (_, j) => cells[edit.firstColumn - 1 + j] ?? ""),
    };
  });
  const lastRow = edit.firstRow + edit.numRows - 1;
  const below: string[][] = [];
  for (let row = lastRow + 1; row < edit.readFrom + edit.read.length; row++) below.push(keysOf(rowAt(row)));
  return {
    id: edit.id,
    at: edit.at,
    trustSeedsBefore: edit.trustSeedsBefore,
    user: edit.user,
    sheet: stage.name,
    header: [...edit.header],
    firstRow: edit.firstRow,
    firstColumn: edit.firstColumn,
    numRows: edit.numRows,
    numColumns: edit.numColumns,
    rows,
    above: edit.firstRow > 2 && edit.readFrom < edit.firstRow ? keysOf(rowAt(edit.firstRow - 1)) : null,
    below,
    ...(edit.oldValue === undefined ? {} : { oldValue: edit.oldValue }),
  };
}

/**
 * An edit's id: when its trigger started and a hash of who edited where, so
 * two people's edits of one moment differ, with no service call to make it.
 */
export function editId(at: string, user: string, sheet: string, firstRow: number, firstColumn: number): string {
  let hash = 0x811c9dc5;
  for (const char of `${user}\u0000${sheet}\u0000${firstRow}\u0000${firstColumn}`)
    hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `${at}-${hash.toString(36)}`;
}

/**
 * The rows to read for an edit of key cells: the one above (not the header)
 * and as many below as it spans, within the sheet. An edit of other cells
 * reads only its own rows.
 */
export function readWindow(firstRow: number, numRows: number, maxRows: number): { from: number; to: number } {
  const from = firstRow > 2 ? firstRow - 1 : firstRow;
  const to = Math.min(Math.max(maxRows, firstRow + numRows - 1), firstRow + 2 * numRows - 1);
  return { from, to };
}
