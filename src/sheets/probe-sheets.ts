import type { Region } from "../domain/workbook/sheet-edits";
import type { SheetTemplate } from "../domain/workbook/sheet-template";
import { MISSING_SHEET, protectionOf, type SheetView } from "../domain/workbook/table-setup";
import { calendarFormatter, datesToText } from "./calendar-dates";
import type { Transaction } from "../platform/transaction";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Grids read over one region, kept so the snapshot before writing need not read them again. */
export interface KnownGrids {
  region: Region;
  range: Range | null;
  values: unknown[][];
  notes: string[][];
  weights: string[][] | null;
  backgrounds: string[][];
}

/** One template sheet as read before anything is written. */
export interface SheetProbe {
  name: string;
  sheet: Sheet | null;
  view: SheetView;
  /** The data range (the Plan sheet, Import); null when only row 1 was read. */
  data: KnownGrids | null;
  known: KnownGrids[];
  /** The add-on's protections on the sheet, found by their description. */
  protections: GoogleAppsScript.Spreadsheet.Protection[];
  /** Whether what Set up sheets needs (row 1's formats, frozen rows, columns, protections) was read. */
  forSetup: boolean;
}

/** Every sheet's name and tab position, in one getSheets; names match case-insensitively, as in Sheets. */
export function listSheets(tx: Transaction, spreadsheet: Spreadsheet): Map<string, { sheet: Sheet; name: string; index: number }> {
  const sheets = tx.read(() => spreadsheet.getSheets());
  return new Map(
    sheets.map((sheet, index) => {
      const name = tx.read(() => sheet.getName());
      return [name.toLowerCase(), { sheet, name, index }] as const;
    }),
  );
}

/** Values as readStatus and the edit snapshot take them: dates as calendar text (the time zone is read only when a date is there). */
export function datesAsText(tx: Transaction, spreadsheet: Spreadsheet, grids: Record<string, unknown[][]>): Record<string, unknown[][]> {
  const isDate = (cell: unknown) => Object.prototype.toString.call(cell) === "[object Date]";
  if (!Object.values(grids).some((grid) => grid.some((row) => row.some(isDate)))) return grids;
  const format = calendarFormatter(tx.read(() => spreadsheet.getSpreadsheetTimeZone()));
  return Object.fromEntries(Object.entries(grids).map(([name, grid]) => [name, datesToText(grid, format)]));
}

/**
 * Reads a sheet once, one call per kind of content whatever its number of
 * rows: the data range (`data`: the Plan sheet, Import) or row 1 across every
 * column; `setup` adds what Set up sheets compares (row 1's font weights,
 * frozen rows, the add-on's protections).
 */
export function probeSheet(
  tx: Transaction,
  sheet: Sheet | null,
  template: SheetTemplate,
  read: { data: boolean; setup: boolean },
): SheetProbe {
  const name = template.spec.name;
  if (!sheet) {
    const empty: KnownGrids = {
      region: { row: 1, column: 1, rows: 0, columns: 0 },
      range: null,
      values: [],
      notes: [],
      weights: [],
      backgrounds: [],
    };
    return { name, sheet: null, view: MISSING_SHEET, data: read.data ? empty : null, known: [], protections: [], forSetup: true };
  }
  const grids = tx.read(() => {
    // "1:1" is the whole first row: its width is the sheet's number of columns.
    const range = read.data ? sheet.getDataRange() : sheet.getRange("1:1");
    const values = range.getValues();
    return {
      region: { row: 1, column: 1, rows: values.length, columns: values[0]?.length ?? 0 },
      range,
      values,
      notes: range.getNotes(),
      // The typings say string; the values are FontWeight names.
      weights: read.setup ? (range.getFontWeights() as string[][]) : null,
      backgrounds: range.getBackgrounds(),
    };
  });
  const maxRows = tx.read(() => sheet.getMaxRows());
  const maxColumns = read.data ? (read.setup ? tx.read(() => sheet.getMaxColumns()) : grids.region.columns) : grids.region.columns;
  const view: SheetView = {
    exists: true,
    maxRows,
    maxColumns,
    frozenRows: read.setup ? tx.read(() => sheet.getFrozenRows()) : 1,
    header: {
      values: grids.values[0] ?? [],
      notes: grids.notes[0] ?? [],
      weights: grids.weights?.[0] ?? [],
      backgrounds: grids.backgrounds[0] ?? [],
    },
    protection: null,
  };
  const probe: SheetProbe = { name, sheet, view, data: read.data ? grids : null, known: [grids], protections: [], forSetup: read.setup };
  if (read.setup) probeProtections(tx, probe, template);
  return probe;
}

/** Finds the add-on's own protections on a probed sheet (one getProtections, a description each). */
function probeProtections(tx: Transaction, probe: SheetProbe, template: SheetTemplate): void {
  const sheet = probe.sheet!;
  const wanted = protectionOf(template);
  const type = wanted.type === "sheet" ? SpreadsheetApp.ProtectionType.SHEET : SpreadsheetApp.ProtectionType.RANGE;
  const all = tx.read(() => sheet.getProtections(type));
  probe.protections = all.filter((protection) => tx.read(() => protection.getDescription()) === wanted.description);
  const only = probe.protections.length === 1 ? probe.protections[0] : null;
  probe.view = { ...probe.view, protection: only ? { warningOnly: tx.read(() => only.isWarningOnly()) } : null };
}
