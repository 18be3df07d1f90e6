import { cellText } from "../domain/change-log/cell-text";
import { editId, editRecord, editsKeys, readWindow, type EditRecord } from "../domain/change-log/edit-record";
import { stageSheetNamed, type StageSheet } from "../domain/change-log/stage-sheets";
import { AddOnError } from "../domain/errors";
import { a1Bounds } from "../domain/workbook/a1-bounds";
import { activeUser } from "../platform/session";
import { lazyCalendarFormatter } from "../sheets/calendar-dates";
import { appendChangeLog } from "./steps/append-change-log";
import { seedTrustFor } from "../store/edit-snapshot";
import { LockBusyError, withDocumentLock, type LockPatience } from "../platform/lock";
import { parkEdit } from "../store/pending-log";
import { withServiceHandles } from "../store/service-handles";
import { retried } from "../platform/service-retry";
import { notify } from "../platform/ui";

/** The parts of Sheets' onEdit event the log uses. */
export interface EditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  oldValue?: string;
  user?: { getEmail(): string };
}

/** A simple trigger has 30 seconds in all: three waits of 6 s leave time for the work. */
const EDIT_PATIENCE: LockPatience = { waitMs: 6_000, attempts: 3 };

interface Located {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  stage: StageSheet;
  firstRow: number;
  firstColumn: number;
  numRows: number;
  numColumns: number;
}

/**
 * Records one edit of a stage sheet in the Change log, exactly once. It
 * reads the edit (row 1 and the edited rows, with one row above and as many
 * below, where inserted rows show), keeps it in document properties, and
 * only then, under the lock, logs it with whatever earlier runs left parked
 * (appendChangeLog). A trigger that stops after keeping its edit (a service
 * down, the lock held too long) leaves it to the next run that appends to
 * the log. A fixed number of calls whether the sheet has 10 rows or 10,000
 * and whether one cell or 1,000 changed. Other sheets (the Change log,
 * anyone's own) are ignored. Returns the rows this edit logged.
 */
export function recordEdit(event: EditEvent): number {
  return withServiceHandles(() => recordHeld(event));
}

function recordHeld(event: EditEvent): number {
  const startedMs = Date.now();
  let located: Located | null = null;
  let kept = false;
  try {
    located = retried(() => locate(event));
    if (!located) return 0;
    const record = readRecord(located, event, startedMs);
    kept = parkEdit(record);
    const spreadsheet = located.spreadsheet;
    const logged = withDocumentLock(
      () => appendChangeLog(spreadsheet, [], kept ? { fresh: record.id } : { edits: [record] }),
      EDIT_PATIENCE,
    );
    return logged.byEdit.get(record.id) ?? 0;
  } catch (error) {
    if (!located) throw failure("your edit", false);
    if (error instanceof LockBusyError) {
      tell(
        kept
          ? `Your edit on ${located.stage.name} is saved. Someone else was updating the plan, so it will appear in the Change log with the next change.`
          : `Your edit on ${located.stage.name} is saved, but the Change log could not record it: someone else was updating the plan. Note what you changed, or run Validate to check it.`,
      );
      return 0;
    }
    const refused = failure(`your edit on ${located.stage.name}`, kept);
    tell(refused.message);
    throw refused;
  }
}

function failure(what: string, kept: boolean): AddOnError {
  return new AddOnError(
    "SERVICE_UNAVAILABLE",
    kept
      ? `Change log: ${what} is saved, but a Google service did not respond; it will appear in the Change log with the next change.`
      : `Change log: ${what} is saved, but a Google service did not respond and the Change log could not record it. Note what you changed.`,
  );
}

/** A notice is a courtesy: failing to show it changes nothing. */
function tell(message: string): void {
  try {
    notify(message);
  } catch {
    // The trigger's own failure, if any, still reaches the execution log.
  }
}

function locate(event: EditEvent): Located | null {
  const range = event.range;
  const sheet = range.getSheet();
  const stage = stageSheetNamed(sheet.getName());
  if (!stage) return null;
  // One call for the edit's position and size where its A1 notation is bounded, four otherwise.
  const bounds = a1Bounds(range.getA1Notation()) ?? {
    row: range.getRow(),
    column: range.getColumn(),
    rows: range.getNumRows(),
    columns: range.getNumColumns(),
  };
  return {
    sheet,
    spreadsheet: event.source ?? sheet.getParent(),
    stage,
    firstRow: bounds.row,
    firstColumn: bounds.column,
    numRows: bounds.rows,
    numColumns: bounds.columns,
  };
}

function readRecord(located: Located, event: EditEvent, startedMs: number): EditRecord {
  const { sheet, spreadsheet, stage, firstRow, firstColumn, numRows, numColumns } = located;
  const single = numRows === 1 && numColumns === 1;
  const user = retried(() => event.user?.getEmail() ?? "") || retried(activeUser);
  const trustSeedsBefore = seedTrustFor(startedMs);
  const format = lazyCalendarFormatter(() => retried(() => spreadsheet.getSpreadsheetTimeZone()));
  const asText = (values: unknown[][]) => values.map((row) => row.map((cell) => cellText(cell, format)));
  const editRight = firstColumn + numColumns - 1;
  // Below row 1 the header is read first, whole ("1:1"): its labels give the width, with no getLastColumn.
  // Only the key columns (found by label) and the edited cells are used, so columns past the labels are not needed.
  const wholeHeader = firstRow === 1 ? null : asText(retried(() => sheet.getRange("1:1").getValues()))[0];
  // Only an edit of key cells needs the rows around it (rows inserted or keys typed over?), and so the sheet's size.
  const window =
    wholeHeader && !editsKeys(stage, wholeHeader, firstColumn, numColumns)
      ? { from: firstRow, to: firstRow + numRows - 1 }
      : readWindow(
          firstRow,
          numRows,
          retried(() => sheet.getMaxRows()),
        );
  const width = Math.max(wholeHeader ? labelledWidth(wholeHeader) : retried(() => sheet.getLastColumn()), editRight);
  const read = asText(retried(() => sheet.getRange(window.from, 1, window.to - window.from + 1, width).getValues()));
  const header = wholeHeader ? padded(wholeHeader.slice(0, width), width) : read[0];
  const at = new Date(startedMs).toISOString();
  return editRecord(stage, {
    id: editId(at, user, stage.name, firstRow, firstColumn),
    at,
    trustSeedsBefore,
    user,
    firstRow,
    firstColumn,
    numRows,
    numColumns,
    header,
    readFrom: window.from,
    read,
    ...(single ? { oldValue: event.oldValue ?? "" } : {}),
  });
}

/** The header up to its last label. */
function labelledWidth(header: readonly string[]): number {
  let width = header.length;
  while (width > 0 && header[width - 1].trim() === "") width--;
  return width;
}

/** Blank labels for edited columns past the sheet's last column. */
const padded = (header: string[], width: number): string[] =>
  header.length >= width ? header : [...header, ...new Array<string>(width - header.length).fill("")];
