import { advanceSnapshot, editEntries } from "../../domain/change-log/edit-entries";
import type { EditRecord } from "../../domain/change-log/edit-record";
import { loggedAlready } from "../../domain/change-log/logged-already";
import { blocksBetween } from "../../domain/change-log/snapshot-blocks";
import { stageSheetNamed } from "../../domain/change-log/stage-sheets";
import type { ChangeLogEntry } from "../../domain/schema/change-log";
import { allProperties, deleteProperties } from "../../store/chunked-properties";
import { loadSnapshotsWith, storeSnapshots } from "../../store/edit-snapshot";
import { LOG_TAIL_KEY, logTailValues, parseLogTail } from "../../store/log-tail";
import { appendRows, type LogSheet, logSheet, readTail } from "../../sheets/log-sheet";
import { markChangedSinceExport } from "./changed-since-export";
import { doneValues, readParked, type Parked } from "../../store/pending-log";

export interface AppendOptions {
  /** Edits of this run that could not be parked first (too large): logged like parked ones. */
  edits?: readonly EditRecord[];
  /** The edit or rows this run parked a moment ago: no earlier run can have half-logged them. */
  fresh?: string;
  /** The log as the caller read it under the lock (knownLogSheet): not looked up again. */
  log?: LogSheet | null;
}

/**
 * Appends entries to the Change log in one write; what waits parked comes
 * first: rows parked with a state, then edits, oldest first, each diffed
 * against the snapshot as the edits before it left it. It only ever
 * appends. The steps run in an order that a run stopped anywhere can be
 * finished by the next one, exactly once:
 * 1. append (parked rows the log's last rows already hold are not appended again);
 * 2. count the edits as changes since export, in the same write that marks them done;
 * 3. record the edits' cells in the snapshot;
 * 4. remove what was parked.
 * The caller holds the document lock. Without the sheet (not set up yet)
 * there is nowhere to log: nothing is written and what was parked stays.
 * Returns the number of rows each edit logged, by edit id.
 */
export function appendChangeLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  newEntries: readonly ChangeLogEntry[],
  options: AppendOptions = {},
): Map<string, number> {
  const own = options.edits ?? [];
  const parked = readParked(allProperties());
  const logged = new Map<string, number>();
  if (newEntries.length === 0 && own.length === 0 && parked.edits.length === 0 && parked.rows.length === 0) return logged;
  const log = options.log === undefined ? logSheet(spreadsheet) : options.log;
  if (!log) return logged;

  const edits = [
    ...parked.edits.map((edit) => ({ ...edit, parked: true })),
    ...own.map((record) => ({ record, keys: [], done: false, parked: false })),
  ]
    .filter((edit) => stageSheetNamed(edit.record.sheet))
    .sort((a, b) => a.record.at.localeCompare(b.record.at));
  // The log's tail hint rides on the snapshot's getAll, so it is asked for only where that read happens anyway.
  const loaded = loadSnapshotsWith(
    edits.map(({ record }) => ({
      sheet: record.sheet,
      blocks: blocksBetween(Math.max(1, record.firstRow - 1), record.firstRow + record.numRows - 1),
    })),
    log.lastRow === undefined ? [LOG_TAIL_KEY] : [],
  );
  const snapshots = loaded.snapshots;
  const touched = new Map<string, Set<number>>();
  const pending: { id: string; sheet: string; at: string; entries: ChangeLogEntry[]; leftover: boolean }[] = [];
  for (const { record, done, parked: wasParked } of edits) {
    const snapshot = snapshots.get(record.sheet)!;
    if (!done)
      pending.push({
        id: record.id,
        sheet: record.sheet,
        at: record.at,
        entries: editEntries(stageSheetNamed(record.sheet)!, record, snapshot),
        leftover: wasParked && record.id !== options.fresh,
      });
    const blocks = touched.get(record.sheet) ?? new Set<number>();
    for (const block of advanceSnapshot(snapshot, record)) blocks.add(block);
    touched.set(record.sheet, blocks);
  }

  // A run that stopped after appending left its rows both in the log and parked: the log's last rows tell.
  const leftovers = [
    ...parked.rows.filter((rows) => rows.id !== options.fresh).map((rows) => rows.entries),
    ...pending.filter((edit) => edit.leftover).map((edit) => edit.entries),
  ];
  const expected = leftovers.reduce((sum, entries) => sum + entries.length, 0);
  const tail = expected > 0 ? readTail(log, expected) : [];
  const alreadyIn = (entries: readonly ChangeLogEntry[]) => expected > 0 && loggedAlready(tail, entries);
  const logEnd = appendRows(
    log,
    [
      ...parked.rows.flatMap((rows) => (rows.id !== options.fresh && alreadyIn(rows.entries) ? [] : rows.entries)),
      ...pending.flatMap((edit) => (edit.leftover && alreadyIn(edit.entries) ? [] : edit.entries)),
      ...newEntries,
    ],
    parseLogTail(loaded.also[LOG_TAIL_KEY]),
  );

  const counted = pending.filter((edit) => edit.entries.length > 0);
  for (const edit of pending) logged.set(edit.id, edit.entries.length);
  if (counted.length > 0) {
    const countedIds = new Set(counted.map((edit) => edit.id));
    markChangedSinceExport(
      spreadsheet,
      [...new Set(counted.map((edit) => edit.sheet))],
      counted.reduce((sum, edit) => sum + edit.entries.length, 0),
      counted[0].at,
      doneValues(parked.edits.filter((edit) => countedIds.has(edit.record.id))),
    );
  }
  storeSnapshots(
    [...touched].map(([sheet, blocks]) => ({ sheet, snapshot: snapshots.get(sheet)!, blocks })),
    logTailValues(logEnd),
  );
  removeParked(parked);
  return logged;
}

/** Each value's parts before its head, so a removal that stops half-way leaves a head that still finds them. */
function removeParked(parked: Parked): void {
  const keys = [...parked.rows.map((rows) => rows.keys), ...parked.edits.map((edit) => edit.keys)];
  deleteProperties([...parked.unreadable, ...keys.flatMap((value) => [...value].reverse())]);
}
