import type { ChangeLogEntry } from "../schema/change-log";
import { serialToCalendarText } from "./cell-text";
import { columnIds, previousText, type SheetSnapshot } from "./snapshot-blocks";
import type { StageSheet } from "./stage-sheets";

/** What the Change log says when the snapshot had no record of a cell's previous value. */
export const UNKNOWN_OLD_VALUE = "(unknown: snapshot expired)";

export interface Edit {
  sheet: StageSheet;
  /** Row 1 as read now, full width. */
  header: readonly unknown[];
  firstRow: number;
  firstColumn: number;
  numRows: number;
  numColumns: number;
  /** The edited rows as read after the edit, full width, as text. */
  rows: readonly (readonly string[])[];
  snapshot: SheetSnapshot;
  /** Single-cell edits only: Sheets' own old value ("" when the cell was empty). */
  eventOldValue?: string;
  timestamp: string;
  user: string;
}

/**
 * The Change log rows for one edit: one per changed cell, named by the
 * row's key and the column's header label. A single cell's old value is the
 * one Sheets reports; a paste's come from the snapshot. A row whose key no
 * longer matches the snapshot (rows inserted or sorted since) is treated as
 * unknown rather than diffed against another row's values. Cells whose old
 * value is unknown are logged when they now hold a value; those cleared are
 * summarised in one row, since they cannot be told from cells already empty.
 */
export function editEntries(edit: Edit): ChangeLogEntry[] {
  const ids = columnIds(edit.header);
  const labels = edit.header.map((label, index) => String(label ?? "").trim() || `column ${columnLetter(index + 1)}`);
  const keyColumns = edit.sheet.keyLabels.map((label) => ids.indexOf(label));
  const editedColumns = new Set(Array.from({ length: edit.numColumns }, (_, i) => edit.firstColumn - 1 + i));
  const keysEdited = keyColumns.some((column) => editedColumns.has(column));
  const entries: ChangeLogEntry[] = [];
  let clearedUnknown = 0;
  const entry = (rowKey: string, column: string, oldValue: string | null, newValue: string | null): ChangeLogEntry => ({
    timestamp: edit.timestamp,
    user: edit.user,
    sheet: edit.sheet.name,
    rowKey,
    column,
    oldValue,
    newValue,
    source: "edit",
  });

  edit.rows.forEach((cells, offset) => {
    const row = edit.firstRow + offset;
    const rowKey =
      row === 1
        ? "(header)"
        : keyColumns
            .map((column) => (column < 0 ? "" : (cells[column] ?? "")))
            .filter(Boolean)
            .join(edit.sheet.joiner) || `row ${row}`;
    const trusted =
      keysEdited ||
      row === 1 ||
      keyColumns.every((column) => column < 0 || previousText(edit.snapshot, row, ids[column]) === (cells[column] ?? ""));
    for (const column of editedColumns) {
      const now = cells[column] ?? "";
      const label = row === 1 ? `column ${columnLetter(column + 1)}` : (labels[column] ?? `column ${columnLetter(column + 1)}`);
      const before =
        edit.eventOldValue !== undefined
          ? eventOld(edit, ids[column])
          : trusted
            ? previousText(edit.snapshot, row, ids[column])
            : undefined;
      if (before === undefined) {
        if (now === "") clearedUnknown++;
        else entries.push(entry(rowKey, label, UNKNOWN_OLD_VALUE, now));
      } else if (before !== now) {
        entries.push(entry(rowKey, label, before || null, now || null));
      }
    }
  });
  if (clearedUnknown > 0) {
    const range = `${columnLetter(edit.firstColumn)}${edit.firstRow}:${columnLetter(edit.firstColumn + edit.numColumns - 1)}${edit.firstRow + edit.numRows - 1}`;
    entries.push(entry(range, "", UNKNOWN_OLD_VALUE, `(cleared ${clearedUnknown} cell${clearedUnknown === 1 ? "" : "s"})`));
  }
  return entries;
}

function eventOld(edit: Edit, columnId: string): string {
  const old = edit.eventOldValue ?? "";
  return edit.sheet.dateLabels.has(columnId) && /^-?\d+(\.\d+)?$/.test(old) ? serialToCalendarText(Number(old)) : old;
}

function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
