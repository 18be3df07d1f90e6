import type { Region } from "../domain/workbook/sheet-edits";
import type { SheetTemplate } from "../domain/workbook/sheet-template";
import { MISSING_SHEET, protectionOf, type SheetView } from "../domain/workbook/table-setup";
import type { Transaction } from "./transaction";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Grids read over one region, kept so the snapshot before writing need not read them again. */
export interface KnownGrids {
  region: Region;
  values: unknown[][];
  notes: string[][];
  weights: string[][];
  backgrounds: string[][];
}

/** One template sheet as read before anything is written. */
export interface SheetProbe {
  name: string;
  sheet: Sheet | null;
  view: SheetView;
  /** The data range (read for the Plan sheet and by Import); null when only row 1 was read. */
  data: KnownGrids | null;
  known: KnownGrids[];
  /** The add-on's protections on the sheet, by its description. */
  protections: GoogleAppsScript.Spreadsheet.Protection[];
}

/** Every sheet's name and tab position, in one getSheets; names match case-insensitively, as in Sheets. */
export function listSheets(tx: Transaction, spreadsheet: Spreadsheet): Map<string, { sheet: Sheet; index: number }> {
  const sheets = tx.read(() => spreadsheet.getSheets());
  return new Map(sheets.map((sheet, index) => [tx.read(() => sheet.getName()).toLowerCase(), { sheet, index }] as const));
}

/**
 * Reads a sheet's size and frozen rows, then either row 1 across every
 * column (Set up sheets) or the whole data range (the Plan sheet, Import):
 * one call per kind of content, whatever the number of rows.
 */
export function probeSheet(tx: Transaction, sheet: Sheet | null, template: SheetTemplate, depth: "header" | "data"): SheetProbe {
  const name = template.spec.name;
  if (!sheet) {
    const empty: KnownGrids = { region: { row: 1, column: 1, rows: 0, columns: 0 }, values: [], notes: [], weights: [], backgrounds: [] };
    return { name, sheet: null, view: MISSING_SHEET, data: depth === "data" ? empty : null, known: [], protections: [] };
  }
  const size = tx.read(() => ({ maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns(), frozenRows: sheet.getFrozenRows() }));
  const grids = tx.read(() => {
    const range = depth === "data" ? sheet.getDataRange() : sheet.getRange(1, 1, 1, size.maxColumns);
    const region = { row: 1, column: 1, rows: range.getNumRows(), columns: range.getNumColumns() };
    return {
      region,
      values: range.getValues(),
      notes: range.getNotes(),
      // The typings say string; the values are FontWeight names.
      weights: range.getFontWeights() as string[][],
      backgrounds: range.getBackgrounds(),
    };
  });
  const view: SheetView = {
    exists: true,
    ...size,
    header: {
      values: grids.values[0] ?? [],
      notes: grids.notes[0] ?? [],
      weights: grids.weights[0] ?? [],
      backgrounds: grids.backgrounds[0] ?? [],
    },
    protection: null,
  };
  return { name, sheet, view, data: depth === "data" ? grids : null, known: [grids], protections: [] };
}

/** Finds the add-on's own protections on a probed sheet (one getProtections and a description each). */
export function probeProtections(tx: Transaction, probe: SheetProbe, template: SheetTemplate): void {
  const sheet = probe.sheet;
  if (!sheet) return;
  const wanted = protectionOf(template);
  const type = wanted.type === "sheet" ? SpreadsheetApp.ProtectionType.SHEET : SpreadsheetApp.ProtectionType.RANGE;
  const all = tx.read(() => sheet.getProtections(type));
  probe.protections = all.filter((protection) => tx.read(() => protection.getDescription()) === wanted.description);
  const only = probe.protections.length === 1 ? probe.protections[0] : null;
  probe.view = { ...probe.view, protection: only ? { warningOnly: tx.read(() => only.isWarningOnly()) } : null };
}
