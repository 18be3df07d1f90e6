import * as z from "zod/mini";
import { EditRecord } from "../domain/change-log/edit-record";
import { ChangeLogRow, type ChangeLogEntry } from "../domain/schema/change-log";
import { utf8Length } from "../domain/storage/utf8";
import { parseStoredJson } from "../domain/storage/stored-json";
import { assemble, chunkedValues, chunkKeys, writeProperties } from "./chunked-properties";

/**
 * What waits in document properties to reach the Change log, each under a
 * key of its own so parking needs no lock:
 * - edits (`pendingEdit:`): every edit trigger keeps its edit before doing
 *   anything else, and removes it once logged; one left behind (the trigger
 *   stopped, or waited too long for the lock) is logged by the next run that
 *   appends to the log;
 * - rows (`pendingLog:`): Change log rows a run found itself (Validate's
 *   rows deleted and inserted), kept before the snapshot that found them moves on.
 * Removal comes only after the rows are appended. An edit whose rows are
 * appended is marked done in the same write that counts it as a change
 * since export, so a run that stops before the removal is finished once.
 */
const EDIT_PREFIX = "pendingEdit:";
const ROWS_PREFIX = "pendingLog:";
/** An edit or rows larger than this (a paste of thousands of long cells) are logged without being kept first. */
const MAX_EDIT_BYTES = 64 * 1024;

const Entries = z.array(ChangeLogRow);
/** Rows as kept: rows a full read found wait to be counted as changes since export; a plain list (an earlier version's) never is. */
const KeptRows = z.union([Entries, z.object({ entries: Entries, uncounted: z.optional(z.boolean()) })]);

export interface ParkedEdit {
  record: EditRecord;
  keys: string[];
  /** Its rows are in the log and counted; only its snapshot and its removal remain. */
  done: boolean;
}

export interface ParkedRows {
  /** The id it was parked under. */
  id: string;
  entries: ChangeLogEntry[];
  keys: string[];
  /** Changes still to count since export: once counted, rewritten (countedValues) in the counting write. */
  uncounted: boolean;
}

export interface Parked {
  edits: ParkedEdit[];
  rows: ParkedRows[];
  /** Keys whose value no longer reads (torn or foreign): removed with the rest. */
  unreadable: string[];
}

/** Keeps an edit; false when it is too large to keep (it is then logged directly, or not at all). */
export function parkEdit(record: EditRecord): boolean {
  const text = JSON.stringify(record);
  if (utf8Length(text) > MAX_EDIT_BYTES) return false;
  writeProperties(chunkedValues(`${EDIT_PREFIX}${record.id}`, text));
  return true;
}

/** Keeps rows to count under `id`; null when they are too large to keep (they are then logged directly). */
export function parkRows(id: string, entries: ChangeLogEntry[]): ParkedRows | null {
  const text = JSON.stringify({ entries, uncounted: true });
  if (utf8Length(text) > MAX_EDIT_BYTES) return null;
  const values = chunkedValues(`${ROWS_PREFIX}${id}`, text);
  writeProperties(values);
  return { id, entries, keys: Object.keys(values), uncounted: true };
}

/** The kept rows rewritten as counted, for the counting write; `keys` gains any part the text needs. */
export function countedValues(rows: readonly ParkedRows[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const kept of rows) rewrite(values, `${ROWS_PREFIX}${kept.id}`, JSON.stringify({ entries: kept.entries }), kept.keys);
  return values;
}

/** A parked value's new text into `values`, its parts added to `keys` so the removal finds every one. */
function rewrite(values: Record<string, string>, key: string, text: string, keys: string[]): void {
  const rewritten = chunkedValues(key, text);
  for (const part of Object.keys(rewritten)) if (!keys.includes(part)) keys.push(part);
  Object.assign(values, rewritten);
}

/** Everything parked in `all` (every document property, as read once), oldest edit first. */
export function readParked(all: Record<string, string>): Parked {
  const parked: Parked = { edits: [], rows: [], unreadable: [] };
  for (const key of Object.keys(all)) {
    if (key.includes("#")) {
      // A part whose head is gone (a removal stopped half-way) is removed with the rest.
      const head = key.slice(0, key.lastIndexOf("#"));
      if ((head.startsWith(EDIT_PREFIX) || head.startsWith(ROWS_PREFIX)) && all[head] === undefined) parked.unreadable.push(key);
      continue;
    }
    if (key.startsWith(EDIT_PREFIX)) {
      const record = parseStoredJson(EditRecord, assemble(all, key));
      if (record) parked.edits.push({ record, keys: chunkKeys(all, key), done: record.done === true });
      else parked.unreadable.push(...chunkKeys(all, key));
    } else if (key.startsWith(ROWS_PREFIX)) {
      const kept = parseStoredJson(KeptRows, assemble(all, key));
      if (kept)
        parked.rows.push({
          id: key.slice(ROWS_PREFIX.length),
          entries: Array.isArray(kept) ? kept : kept.entries,
          keys: chunkKeys(all, key),
          uncounted: !Array.isArray(kept) && kept.uncounted === true,
        });
      else parked.unreadable.push(...chunkKeys(all, key));
    }
  }
  parked.edits.sort((a, b) => a.record.at.localeCompare(b.record.at) || a.record.id.localeCompare(b.record.id));
  return parked;
}

/** The parked edits rewritten as done, for the counting write; `keys` gains any part the longer text needs. */
export function doneValues(edits: readonly ParkedEdit[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const edit of edits) rewrite(values, `${EDIT_PREFIX}${edit.record.id}`, JSON.stringify({ ...edit.record, done: true }), edit.keys);
  return values;
}
