import { SHEETS, TABLE_SHEETS } from "../domain/schema/workbook";
import type { RawWorkbook } from "../domain/validation";
import { percentsAsTyped } from "../domain/workbook/percent-cells";
import { calendarFormatter, datesToText } from "./calendar-dates";
import { knownLogSheet, type LogSheet } from "./log-sheet";

/** Sheets whose numbers may be typed as percentages (22%): their number formats are read too, one call each. */
const PERCENT_SHEETS: ReadonlySet<string> = new Set([TABLE_SHEETS.objectives.name, TABLE_SHEETS.attributes.name]);

export interface SheetRead {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  range: GoogleAppsScript.Spreadsheet.Range;
  values: unknown[][];
}

/** Each template sheet's data range and values (dates as ISO text): one getValues per sheet, whatever its size. */
export function readWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  raw: RawWorkbook;
  reads: Map<string, SheetRead>;
  /** The zone its dates were read in: "today" for review dates is a day there. */
  timeZone: string;
} {
  const raw: Record<string, unknown[][]> = {};
  const reads = new Map<string, SheetRead>();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const format = calendarFormatter(timeZone);
  for (const spec of SHEETS) {
    const sheet = spreadsheet.getSheetByName(spec.name);
    if (!sheet) continue;
    const range = sheet.getDataRange();
    const read = datesToText(range.getValues(), format);
    const values = PERCENT_SHEETS.has(spec.name) ? percentsAsTyped(read, range.getNumberFormats()) : read;
    raw[spec.name] = values;
    reads.set(spec.name, { sheet, range, values });
  }
  return { raw, reads, timeZone };
}

/** The Change log as readWorkbook read it, for an append in the same locked run. */
export function readLog(reads: ReadonlyMap<string, SheetRead>): LogSheet | null {
  const read = reads.get(TABLE_SHEETS.changeLog.name);
  return read ? knownLogSheet(read.sheet, read.values) : null;
}
