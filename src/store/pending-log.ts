import * as z from "zod/mini";
import { EditRecord } from "../domain/change-log/edit-record";
import { ChangeLogRow, type ChangeLogEntry } from "../domain/schema/change-log";
import { utf8Bytes } from "../domain/storage/chunk-text";
import { parseStoredJson } from "../domain/storage/stored-json";
import { assemble, chunkedValues, chunkKeys, writeProperties } from "./chunked-properties";

/**
 * What waits in document properties to reach the Change log, each under a
 * key of its own so parking needs no lock:
 * - edits (`pendingEdit:`): every edit trigger keeps its edit before doing
 *   anything else, and removes it once logged; one left behind (the trigger
 *   stopped, or waited too long for the lock) is logged by the next run that
 *   appends to the log;
 * - rows (`pendingLog:`): Change log rows an earlier version of the add-on
 *   parked; still read, so none is lost on upgrade.
 * Removal comes only after the rows are appended. An edit whose rows are
 * appended is marked done in the same write that counts it as a change
 * since export, so a run that stops before the removal is finished once.
 */
const EDIT_PREFIX = "pendingEdit:";
const ROWS_PREFIX = "pendingLog:";
/** An edit larger than this (a paste of thousands of long cells) is logged without being kept first. */
const MAX_EDIT_BYTES = 64 * 1024;

const Entries = z.array(ChangeLogRow);

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
  if (utf8Bytes(text) > MAX_EDIT_BYTES) return false;
  writeProperties(chunkedValues(`${EDIT_PREFIX}${record.id}`, text));
  return true;
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
      const entries = parseStoredJson(Entries, assemble(all, key));
      if (entries) parked.rows.push({ id: key.slice(ROWS_PREFIX.length), entries, keys: chunkKeys(all, key) });
      else parked.unreadable.push(...chunkKeys(all, key));
    }
  }
  parked.edits.sort((a, b) => a.record.at.localeCompare(b.record.at) || a.record.id.localeCompare(b.record.id));
  return parked;
}

/** The parked edits rewritten as done, for the counting write; `keys` gains any part the longer text needs. */
export function doneValues(edits: readonly ParkedEdit[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const edit of edits) {
    const rewritten = chunkedValues(`${EDIT_PREFIX}${edit.record.id}`, JSON.stringify({ ...edit.record, done: true }));
    for (const key of Object.keys(rewritten)) if (!edit.keys.includes(key)) edit.keys.push(key);
    Object.assign(values, rewritten);
  }
  return values;
}
