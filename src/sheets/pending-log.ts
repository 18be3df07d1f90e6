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
 * - rows (`pendingLog:`): rows that must reach the log with a state written
 *   in the same call (an escalation run's).
 * Removal comes only after the rows are appended. `pendingEditsDone` lists
 * the edits whose rows are appended and counted as changes since export, so
 * a run that stops between those steps and the removal is finished once.
 */
const EDIT_PREFIX = "pendingEdit:";
const ROWS_PREFIX = "pendingLog:";
const DONE_KEY = "pendingEditsDone";
/** An edit larger than this (a paste of thousands of long cells) is logged without being kept first. */
const MAX_EDIT_BYTES = 64 * 1024;

const DoneList = z.array(z.string());
const Entries = z.array(ChangeLogRow);

export interface ParkedEdit {
  record: EditRecord;
  keys: string[];
  /** Its rows are in the log and counted; only its snapshot and its removal remain. */
  done: boolean;
}

export interface ParkedRows {
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

/** The properties that park `entries`, for the caller's own setProperties (beside the state they belong to). */
export function parkedRowsValues(id: string, entries: readonly ChangeLogEntry[]): Record<string, string> {
  return entries.length === 0 ? {} : chunkedValues(`${ROWS_PREFIX}${id}`, JSON.stringify(entries));
}

/** Everything parked in `all` (every document property, as read once), oldest edit first. */
export function readParked(all: Record<string, string>): Parked {
  const done = new Set(parseStoredJson(DoneList, all[DONE_KEY]) ?? []);
  const parked: Parked = { edits: [], rows: [], unreadable: [] };
  for (const key of Object.keys(all)) {
    if (key.includes("#")) continue;
    if (key.startsWith(EDIT_PREFIX)) {
      const record = parseStoredJson(EditRecord, assemble(all, key));
      if (record) parked.edits.push({ record, keys: chunkKeys(all, key), done: done.has(record.id) });
      else parked.unreadable.push(...chunkKeys(all, key));
    } else if (key.startsWith(ROWS_PREFIX)) {
      const entries = parseStoredJson(Entries, assemble(all, key));
      if (entries) parked.rows.push({ entries, keys: chunkKeys(all, key) });
      else parked.unreadable.push(...chunkKeys(all, key));
    }
  }
  parked.edits.sort((a, b) => a.record.at.localeCompare(b.record.at) || a.record.id.localeCompare(b.record.id));
  return parked;
}

/** The property naming the edits now logged and counted (those still parked among them), for the counting write. */
export function doneValue(parked: Parked, nowDone: readonly string[]): Record<string, string> {
  const ids = [...parked.edits.filter((edit) => edit.done).map((edit) => edit.record.id), ...nowDone];
  return { [DONE_KEY]: JSON.stringify([...new Set(ids)]) };
}

export const isParkedEdit = (parked: Parked, id: string): boolean => parked.edits.some((edit) => edit.record.id === id);
