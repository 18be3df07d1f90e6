import type { ChangeLogEntry } from "../schema/change-log";
import { serialToCalendarText } from "./cell-text";
import { editsKeys, keyColumns, type EditRecord } from "./edit-record";
import { addTo } from "../group-into";
import { columnIds, knownRows, priorText, recordCells, recordedKeys, type SheetSnapshot } from "./snapshot-blocks";
import type { StageSheet } from "./stage-sheets";

/** What the Change log says when the snapshot had no record of a cell's previous value. */
export const UNKNOWN_OLD_VALUE = "(unknown: snapshot expired)";

/**
 * How an edited row lines up with the snapshot: with its row of the same
 * number, new, unknown, or with the one row the snapshot knows under its key
 * (rows deleted, inserted or sorted above it since the snapshot was taken).
 */
type Alignment = "same" | "inserted" | "unknown" | { movedFrom: number };

/**
 * The Change log rows for one edit: one per changed cell, named by the
 * row's key and the column's header label. A single cell's old value is the
 * one Sheets reports. A paste's come from the snapshot: exact where the edit
 * trigger recorded the cell; a seed (a full read's) where it differs from
 * the new value, since a read taken after this paste would have seen the
 * new value; and an equal seed only if it was taken before the trigger
 * could have run (`trustSeedsBefore`), else the old value is unknown. A row
 * whose key no longer matches (rows deleted, inserted or sorted since) is
 * matched by its key with the one row the snapshot knows under it, else
 * unknown; a row found to be inserted was empty. Cells whose old value
 * is unknown are logged when they now hold a value; those cleared are
 * summarised in one row, since they cannot be told from cells already empty.
 */
export function editEntries(stage: StageSheet, edit: EditRecord, snapshot: SheetSnapshot): ChangeLogEntry[] {
  const ids = columnIds(edit.header);
  const labels = edit.header.map((label, index) => label.trim() || `column ${columnLetter(index + 1)}`);
  const keys = keyColumns(stage, edit.header);
  const edited = Array.from({ length: edit.numColumns }, (_, j) => edit.firstColumn - 1 + j);
  const keysEdited = editsKeys(stage, edit.header, edit.firstColumn, edit.numColumns);
  const entries: ChangeLogEntry[] = [];
  let clearedUnknown = 0;
  const entry = (rowKey: string, column: string, oldValue: string | null, newValue: string | null): ChangeLogEntry => ({
    timestamp: edit.at,
    user: edit.user,
    sheet: stage.name,
    rowKey,
    column,
    oldValue,
    newValue,
    source: "edit",
  });

  let byKey: Map<string, number[]> | undefined;
  const alignments = alignRows(edit, snapshot, ids, keys, keysEdited, () => (byKey ??= rowsByKey(stage, snapshot)));
  edit.rows.forEach(({ keys: rowKeys, cells }, offset) => {
    const row = edit.firstRow + offset;
    const rowKey = row === 1 ? "(header)" : rowKeys.filter(Boolean).join(stage.joiner) || `row ${row}`;
    edited.forEach((column, j) => {
      const now = cells[j] ?? "";
      const label = row === 1 ? `column ${columnLetter(column + 1)}` : (labels[column] ?? `column ${columnLetter(column + 1)}`);
      const before =
        edit.oldValue !== undefined
          ? eventOld(stage, edit.oldValue, ids[column])
          : oldValue(edit, snapshot, row, ids[column], now, alignments[offset]);
      if (before === undefined) {
        if (now === "") clearedUnknown++;
        else entries.push(entry(rowKey, label, UNKNOWN_OLD_VALUE, now));
      } else if (before !== now) {
        entries.push(entry(rowKey, label, before || null, now || null));
      }
    });
  });
  if (clearedUnknown > 0) {
    const range = `${columnLetter(edit.firstColumn)}${edit.firstRow}:${columnLetter(edit.firstColumn + edit.numColumns - 1)}${edit.firstRow + edit.numRows - 1}`;
    entries.push(entry(range, "", UNKNOWN_OLD_VALUE, `(cleared ${clearedUnknown} cell${clearedUnknown === 1 ? "" : "s"})`));
  }
  return entries;
}

/** After its entries: the edit's own cells, as the next edit of them will find them. */
export function advanceSnapshot(snapshot: SheetSnapshot, edit: EditRecord): Set<number> {
  const ids = columnIds(edit.header);
  const columns = Array.from({ length: edit.numColumns }, (_, j) => ids[edit.firstColumn - 1 + j] ?? `#${edit.firstColumn + j}`);
  return recordCells(
    snapshot,
    edit.header,
    edit.firstRow,
    columns,
    edit.rows.map((row) => row.cells),
    edit.rows.map((row) => row.keys),
  );
}

function oldValue(edit: EditRecord, snapshot: SheetSnapshot, row: number, id: string, now: string, alignment: Alignment) {
  if (alignment === "unknown") return undefined;
  if (alignment === "inserted") return "";
  const prior = priorText(snapshot, alignment === "same" ? row : alignment.movedFrom, id);
  if (!prior) return undefined;
  if (prior.seededAt === null || prior.text !== now || prior.seededAt < edit.trustSeedsBefore) return prior.text;
  // A seed equal to the new value may have been read after this very paste: an empty cell stays unlogged.
  return now === "" ? "" : undefined;
}

/**
 * Rows whose key cells were not edited must still hold the snapshot's key.
 * Rows whose keys were pasted over are compared the other way: when the
 * snapshot's key for the row now sits below the range, rows were inserted,
 * and the row is new (empty before the paste) if the row above it is where
 * the snapshot has it, or is itself new.
 */
function alignRows(
  edit: EditRecord,
  snapshot: SheetSnapshot,
  ids: string[],
  keys: number[],
  keysEdited: boolean,
  rowsOf: () => ReadonlyMap<string, number[]>,
): Alignment[] {
  const snapKeys = (row: number) =>
    keys.map((column, i) => (column < 0 ? "" : (priorText(snapshot, row, ids[column])?.text ?? recordedKeys(snapshot, row)?.[i])));
  const same = (a: readonly (string | undefined)[], b: readonly string[]) => a.every((value, i) => value === b[i]);
  const result: Alignment[] = [];
  edit.rows.forEach(({ keys: current }, offset) => {
    const row = edit.firstRow + offset;
    if (row === 1) return result.push("same");
    const before = snapKeys(row);
    if (!keysEdited) {
      if (before.every((value) => value !== undefined) && same(before, current)) return result.push("same");
      const known = rowsOf().get(current.filter(Boolean).join("\u0000"));
      return result.push(known?.length === 1 && current.some(Boolean) ? { movedFrom: known[0] } : "unknown");
    }
    const known = before.every((value) => value !== undefined) && before.some(Boolean);
    const moved = known && !same(before, current) && edit.below.some((below) => same(before, below));
    if (!moved) return result.push("same");
    const aboveInPlace =
      offset > 0 ? result[offset - 1] === "inserted" : row === 2 || (edit.above !== null && same(snapKeys(row - 1), edit.above));
    result.push(aboveInPlace ? "inserted" : "unknown");
  });
  return result;
}

function eventOld(stage: StageSheet, old: string, columnId: string): string {
  return stage.dateLabels.has(columnId) && /^-?\d+(\.\d+)?$/.test(old) ? serialToCalendarText(Number(old)) : old;
}

function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The rows the snapshot's loaded blocks know under each key (key cells joined), for rows that moved. */
function rowsByKey(stage: StageSheet, snapshot: SheetSnapshot): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const known of knownRows(snapshot, stage.keyLabels, "\u0000")) if (!known.older && known.key) addTo(rows, known.key, known.row);
  return rows;
}
