import { chainHashes } from "../domain/change-log/hash-chain";
import type { LoggedRow } from "../domain/change-log/logged-already";
import type { ChangeLogEntry } from "../domain/schema/change-log";
import { describeColumns } from "../domain/schema/columns";
import { TABLE_SHEETS } from "../domain/schema/workbook";
import { asLiteralText, locateColumns, templateFor } from "../domain/workbook";
import { retried } from "../platform/service-retry";
import type { LogTail } from "../store/log-tail";

const LOG = TABLE_SHEETS.changeLog;
const GROW_ROWS = 1_000;
/** Rows read back beyond those looked for, in case other rows came after them. */
const TAIL_MARGIN = 500;

export interface LogSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  width: number;
  /** Column position (1-based) of each ChangeLogEntry key, by header label. */
  positions: Map<string, number>;
  /** The last row with content, when the caller read the whole log a moment ago under the lock. */
  lastRow?: number;
  /** The Hash of that last row, from the same read. */
  lastHash?: string;
}

/** The Change log and where its columns are; null before it is set up. */
export function logSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): LogSheet | null {
  const sheet = retried(() => spreadsheet.getSheetByName(LOG.name));
  if (!sheet) return null;
  // "1:1" is the whole first row: its labels and width in one read, without asking for the last column first.
  const row = retried(() => sheet.getRange("1:1").getValues()[0]);
  let width = row.length;
  while (width > 0 && row[width - 1] === "") width--;
  if (width === 0) return null;
  return { sheet, width, positions: locateColumns(row.slice(0, width), templateFor(LOG).headers) };
}

/**
 * The Change log as the caller read it a moment ago (its data range, under
 * the document lock, so nothing appended since): no call to find its
 * header and end again. Null when it has no header yet.
 */
export function knownLogSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: readonly (readonly unknown[])[]): LogSheet | null {
  let lastRow = values.length;
  while (lastRow > 0 && values[lastRow - 1].every((cell) => cell === "")) lastRow--;
  if (lastRow === 0) return null;
  const header = values[0];
  const positions = locateColumns(header, templateFor(LOG).headers);
  const hashAt = positions.get("hash");
  const lastHash = hashAt === undefined ? undefined : String(values[lastRow - 1][hashAt - 1] ?? "");
  return { sheet, width: header.length, positions, lastRow, lastHash };
}

/**
 * Everything as text (never a formula), matched by label; one write. Each
 * row's Hash chains to the row above (hash-chain.ts): known from the
 * caller's read, or from `hint` (log-tail.ts) while the log still ends at
 * its row, else read in one call. Returns the log's new last row and Hash,
 * null when nothing was appended or the log has no Hash column.
 */
export function appendRows(
  { sheet, width, positions, lastRow, lastHash }: LogSheet,
  entries: readonly ChangeLogEntry[],
  hint: LogTail | null = null,
): LogTail | null {
  if (entries.length === 0) return null;
  const start = (lastRow ?? retried(() => sheet.getLastRow())) + 1;
  const hashAt = positions.get("hash");
  const hinted = hint?.lastRow === start - 1 ? hint.lastHash : undefined;
  const previous =
    hashAt === undefined || start <= 2
      ? ""
      : (lastHash ?? hinted ?? String(retried(() => sheet.getRange(start - 1, hashAt).getValue()) ?? ""));
  const hashes = chainHashes(previous, entries);
  const rows = entries.map((entry, index) => {
    const row: unknown[] = new Array(width).fill("");
    for (const column of describeColumns(LOG.row)) {
      const position = positions.get(column.key);
      const value = entry[column.key as keyof ChangeLogEntry];
      if (position !== undefined && value !== null && value !== undefined) row[position - 1] = asLiteralText(String(value));
    }
    if (hashAt !== undefined) row[hashAt - 1] = hashes[index];
    return row;
  });
  grow(sheet, start + rows.length - 1);
  // Written twice, the same rows land on the same cells: safe to retry.
  retried(() => sheet.getRange(start, 1, rows.length, width).setValues(rows));
  return hashAt === undefined ? null : { lastRow: start + rows.length - 1, lastHash: hashes[hashes.length - 1] };
}

/** The log's last rows (those looked for and a margin), by column key. */
export function readTail({ sheet, width, positions }: LogSheet, count: number): LoggedRow[] {
  const last = retried(() => sheet.getLastRow());
  const first = Math.max(2, last - count - TAIL_MARGIN + 1);
  if (last < first) return [];
  const values = retried(() => sheet.getRange(first, 1, last - first + 1, width).getValues());
  return values.map((cells) => {
    const row: LoggedRow = {};
    for (const [key, position] of positions) row[key as keyof ChangeLogEntry] = String(cells[position - 1] ?? "");
    return row;
  });
}

/**
 * The log grows by at least GROW_ROWS at a time, so most appends need no
 * insert. Inserting is not safe to repeat, so after a failure the sheet's
 * size says whether it took effect.
 */
function grow(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastNeeded: number): void {
  const maxRows = retried(() => sheet.getMaxRows());
  if (lastNeeded <= maxRows) return;
  let tries = 0;
  retried(() => {
    if (tries++ > 0 && sheet.getMaxRows() !== maxRows) return;
    sheet.insertRowsAfter(maxRows, Math.max(lastNeeded - maxRows, GROW_ROWS));
  });
}
