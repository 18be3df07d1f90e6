import { advanceSnapshot, editEntries } from "../../domain/change-log/edit-entries";
import type { EditRecord } from "../../domain/change-log/edit-record";
import { applyFullRead } from "../../domain/change-log/full-read";
import { foundBefore, loggedAlready } from "../../domain/change-log/logged-already";
import { BLOCK_ROWS, blocksBetween, type SheetSnapshot } from "../../domain/change-log/snapshot-blocks";
import { stageSheetNamed } from "../../domain/change-log/stage-sheets";
import type { ChangeLogEntry } from "../../domain/schema/change-log";
import { allProperties, deleteProperties } from "../../store/chunked-properties";
import { agingBlocks, loadSnapshotsWith, seedSnapshots, storeSnapshots } from "../../store/edit-snapshot";
import { LOG_TAIL_KEY, logTailValues, parseLogTail } from "../../store/log-tail";
import { appendRows, type LogSheet, logSheet, readTail } from "../../sheets/log-sheet";
import { markChangedSinceExport } from "./changed-since-export";
import { countedValues, doneValues, parkRows, readParked, type Parked, type ParkedRows } from "../../store/pending-log";

export interface AppendOptions {
  /** Edits of this run that could not be parked first (too large): logged like parked ones. */
  edits?: readonly EditRecord[];
  /** The edit or rows this run parked a moment ago: no earlier run can have half-logged them. */
  fresh?: string;
  /** The log as the caller read it under the lock (knownLogSheet): not looked up again. */
  log?: LogSheet | null;
  /** Every document property, as the caller read them under the lock. */
  all?: Record<string, string>;
  /** Validate's read of the stage sheets: rows deleted and inserted since the snapshot are logged, and the read seeds it. */
  fullRead?: FullRead;
}

export interface FullRead {
  /** Each stage sheet as text rows, row 1 its header. */
  sheets: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** When the read was taken (markSeeding's time). */
  at: number;
  /** The run's time: when the rows found are logged as deleted or inserted. */
  timestamp: string;
}

/** How far past a sheet's end rows the snapshot knows are looked for, to find the last rows deleted. */
const ROWS_PAST_END = 10 * BLOCK_ROWS;

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
 * With a full read, the rows it finds deleted or inserted are kept (parked)
 * before step 1 and appended with the rest; a run stopped before step 3
 * finds them again, and drops them for being kept already.
 * The caller holds the document lock. Without the sheet (not set up yet)
 * there is nowhere to log: nothing is written and what was parked stays.
 * Returns the number of rows each edit logged, by edit id, and the rows the
 * full read found deleted or inserted.
 */
export function appendChangeLog(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  newEntries: readonly ChangeLogEntry[],
  options: AppendOptions = {},
): { byEdit: Map<string, number>; found: ChangeLogEntry[] } {
  const own = options.edits ?? [];
  const parked = readParked(options.all ?? allProperties());
  const read = options.fullRead;
  const logged = new Map<string, number>();
  if (!read && newEntries.length === 0 && own.length === 0 && parked.edits.length === 0 && parked.rows.length === 0)
    return { byEdit: logged, found: [] };
  const log = options.log === undefined ? logSheet(spreadsheet) : options.log;
  if (!log) {
    if (read) seedSnapshots(read.sheets, "fill", read.at);
    return { byEdit: logged, found: [] };
  }

  const edits = [
    ...parked.edits.map((edit) => ({ ...edit, parked: true })),
    ...own.map((record) => ({ record, keys: [], done: false, parked: false })),
  ]
    .filter((edit) => stageSheetNamed(edit.record.sheet))
    .sort((a, b) => a.record.at.localeCompare(b.record.at));
  // The log's tail hint rides on the snapshot's getAll, so it is asked for only where that read happens anyway.
  const loaded = loadSnapshotsWith(
    [
      ...edits.map(({ record }) => ({
        sheet: record.sheet,
        blocks: blocksBetween(Math.max(1, record.firstRow - 1), record.firstRow + record.numRows - 1),
      })),
      ...[...(read?.sheets ?? [])].map(([sheet, rows]) => ({ sheet, blocks: blocksBetween(1, rows.length + ROWS_PAST_END) })),
    ],
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

  const withLastRow = new Set<string>();
  const found = read ? findRowChanges(read, snapshots, touched, withLastRow, parked) : null;

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
      ...(found?.entries ?? []),
      ...newEntries,
    ],
    parseLogTail(loaded.also[LOG_TAIL_KEY]),
  );

  const counted = pending.filter((edit) => edit.entries.length > 0);
  for (const edit of pending) logged.set(edit.id, edit.entries.length);
  // Rows found now, and rows a stopped run found (appended then or now) but did not count.
  const keptToCount = [...parked.rows.filter((rows) => rows.uncounted), ...(found?.kept ? [found.kept] : [])];
  const foundEntries = [...keptToCount.flatMap((rows) => rows.entries), ...(found && !found.kept ? found.entries : [])];
  if (counted.length > 0 || foundEntries.length > 0) {
    const countedIds = new Set(counted.map((edit) => edit.id));
    markChangedSinceExport(
      spreadsheet,
      [...new Set([...counted.map((edit) => edit.sheet), ...foundEntries.flatMap((entry) => entry.sheet ?? [])])],
      counted.reduce((sum, edit) => sum + edit.entries.length, 0) + foundEntries.length,
      counted[0]?.at ?? foundEntries[0].timestamp,
      {
        ...doneValues(parked.edits.filter((edit) => countedIds.has(edit.record.id))),
        ...countedValues(keptToCount),
      },
    );
  }
  storeSnapshots(
    [...touched].map(([sheet, blocks]) => ({ sheet, snapshot: snapshots.get(sheet)!, blocks, meta: withLastRow.has(sheet) })),
    logTailValues(logEnd),
  );
  removeParked(parked, found?.kept?.keys ?? []);
  return { byEdit: logged, found: found?.entries ?? [] };
}

/**
 * The rows deleted and inserted that the full read shows, less those a
 * stopped run found and kept already, kept (parked) themselves unless too
 * large; the read moves the snapshots on in `touched`.
 */
function findRowChanges(
  read: FullRead,
  snapshots: ReadonlyMap<string, SheetSnapshot>,
  touched: Map<string, Set<number>>,
  withLastRow: Set<string>,
  parked: Parked,
): { entries: ChangeLogEntry[]; kept: ParkedRows | null } {
  const keptBefore = parked.rows.flatMap((rows) => rows.entries);
  const entries: ChangeLogEntry[] = [];
  for (const [sheet, rows] of read.sheets) {
    const stage = stageSheetNamed(sheet);
    if (!stage) continue;
    const update = applyFullRead(stage, snapshots.get(sheet)!, rows, read.at, read.timestamp);
    entries.push(...update.entries.filter((entry) => !foundBefore(keptBefore, entry)));
    // Blocks aging in the cache are written again too, so rows deleted after a quiet afternoon are still known.
    const blocks = touched.get(sheet) ?? new Set<number>();
    for (const block of [...update.blocks, ...agingBlocks(snapshots.get(sheet)!, read.at)]) blocks.add(block);
    touched.set(sheet, blocks);
    if (update.meta) withLastRow.add(sheet);
  }
  // Too large to keep, they are appended all the same: a run stopped before the snapshot moves on would log them twice.
  return { entries, kept: entries.length > 0 ? parkRows(`found:${read.at}`, entries) : null };
}

/** Each value's parts before its head, so a removal that stops half-way leaves a head that still finds them. */
function removeParked(parked: Parked, foundKeys: readonly string[]): void {
  const keys = [...parked.rows.map((rows) => rows.keys), ...parked.edits.map((edit) => edit.keys), foundKeys];
  deleteProperties([...parked.unreadable, ...keys.flatMap((value) => [...value].reverse())]);
}
