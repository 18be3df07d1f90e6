import { cellText } from "../domain/change-log/cell-text";
import { editEntries } from "../domain/change-log/edit-entries";
import { blocksBetween, recordRows } from "../domain/change-log/snapshot-blocks";
import { stageSheetNamed, type StageSheet } from "../domain/change-log/stage-sheets";
import { activeUser } from "./active";
import { calendarFormatter } from "./calendar-dates";
import { appendChangeLog } from "./change-log";
import { forgetSnapshot, loadSnapshots, storeSnapshots } from "./edit-snapshot";
import { LockBusyError, withDocumentLock, type LockPatience } from "./lock";
import { markChangedSinceExport } from "./maintenance-state";
import { parkEntries } from "./pending-log";
import { notify } from "./ui";

/** The parts of Sheets' onEdit event the log uses. */
export interface EditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  oldValue?: string;
  user?: { getEmail(): string };
}

/** A simple trigger has 30 seconds in all: three waits of 6 s leave time for the work. */
const EDIT_PATIENCE: LockPatience = { waitMs: 6_000, attempts: 3 };

/**
 * Records one edit of a stage sheet in the Change log. It reads row 1 and
 * the edited rows (which hold the key columns), the snapshot blocks of those
 * rows, appends, and writes the blocks back: a fixed number of calls
 * whether the sheet has 10 rows or 10,000 and whether one cell or 1,000
 * changed. Other sheets (the Change log, anyone's own) are ignored.
 */
export function recordEdit(event: EditEvent): number {
  const range = event.range;
  const sheet = range.getSheet();
  const stage = stageSheetNamed(sheet.getName());
  if (!stage) return 0;
  const spreadsheet = event.source ?? sheet.getParent();
  const where = {
    firstRow: range.getRow(),
    firstColumn: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
  const single = where.numRows === 1 && where.numColumns === 1;
  const timestamp = new Date().toISOString();
  const user = event.user?.getEmail() || activeUser();
  const read = () => readEdit(sheet, spreadsheet, stage, where, single ? (event.oldValue ?? "") : undefined, timestamp, user);
  try {
    return withDocumentLock(() => {
      const { entries, rows, header, snapshot } = read();
      appendChangeLog(spreadsheet, entries);
      const touched = recordRows(
        snapshot,
        header,
        new Map(rows.map((cells, index) => [where.firstRow + index, cells] as const)),
        "overwrite",
      );
      storeSnapshots([{ sheet: stage.name, snapshot, blocks: touched }]);
      if (entries.length > 0) markChangedSinceExport(spreadsheet, [stage.name], entries.length, timestamp);
      return entries.length;
    }, EDIT_PATIENCE);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    // Read without the lock (nothing is written but the parked rows); the snapshot of these rows can no longer be trusted.
    const { entries } = read();
    const parked = parkEntries(entries);
    forgetSnapshot(stage.name, where.firstRow, where.firstRow + where.numRows - 1);
    notify(
      parked
        ? `Your edit on ${stage.name} is saved. Someone else was updating the plan, so it will appear in the Change log with the next change.`
        : `Your edit on ${stage.name} is saved, but the Change log could not record it: someone else was updating the plan. Note what you changed, or run Validate to check it.`,
    );
    return 0;
  }
}

function readEdit(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  stage: StageSheet,
  where: { firstRow: number; firstColumn: number; numRows: number; numColumns: number },
  eventOldValue: string | undefined,
  timestamp: string,
  user: string,
) {
  const width = Math.max(sheet.getLastColumn(), where.firstColumn + where.numColumns - 1);
  const format = calendarFormatter(spreadsheet.getSpreadsheetTimeZone());
  const asText = (values: unknown[][]) => values.map((row) => row.map((cell) => cellText(cell, format)));
  const rows = asText(sheet.getRange(where.firstRow, 1, where.numRows, width).getValues());
  const header = where.firstRow === 1 ? rows[0] : asText(sheet.getRange(1, 1, 1, width).getValues())[0];
  const lastRow = where.firstRow + where.numRows - 1;
  const snapshot = loadSnapshots([{ sheet: stage.name, blocks: blocksBetween(where.firstRow, lastRow) }]).get(stage.name)!;
  const entries = editEntries({ sheet: stage, header, ...where, rows, snapshot, eventOldValue, timestamp, user });
  return { entries, rows, header, snapshot };
}
