import { restoreCellValues } from "./restore-cell-values";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation | null;
type Weight = GoogleAppsScript.Spreadsheet.FontWeight | null;

/** What one sheet held before an operation wrote to it, read in one call per kind of content. */
interface SheetContent {
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
  backgrounds: string[][];
  formats: string[][];
  weights: Weight[][];
  /** Dropdowns run down the whole sheet, below the last value: kept for every row. */
  rules: Rule[][];
}

type Held = { name: string; existed: false } | { name: string; existed: true; content: SheetContent };

export interface SheetsSnapshot {
  /** Puts every snapshotted sheet back as it was: a sheet the operation created is deleted again. */
  restore(): void;
}

/**
 * Sheets has no transaction: an operation that writes several sheets reads
 * what it is about to overwrite first, and on a failure writes it back.
 * Values, formulas, notes, backgrounds, number formats, font weights, data
 * validations, frozen rows and the sheet's size are kept (not column widths
 * or protections, which the operations re-apply idempotently).
 */
export function snapshotSheets(spreadsheet: Spreadsheet, names: readonly string[]): SheetsSnapshot {
  const held: Held[] = names.map((name) => {
    const sheet = spreadsheet.getSheetByName(name);
    return sheet ? { name, existed: true, content: readContent(sheet) } : { name, existed: false };
  });
  return {
    restore: () => {
      for (const entry of held) {
        const sheet = spreadsheet.getSheetByName(entry.name);
        if (!entry.existed) {
          if (sheet) spreadsheet.deleteSheet(sheet);
          continue;
        }
        writeContent(sheet ?? spreadsheet.insertSheet(entry.name), entry.content);
      }
    },
  };
}

function readContent(sheet: Sheet): SheetContent {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  const base = {
    name: sheet.getName(),
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    frozenRows: sheet.getFrozenRows(),
  };
  if (rows === 0 || columns === 0)
    return { ...base, values: [], formulas: [], notes: [], backgrounds: [], formats: [], weights: [], rules: [] };
  const range = sheet.getRange(1, 1, rows, columns);
  return {
    ...base,
    values: range.getValues(),
    formulas: range.getFormulas(),
    notes: range.getNotes(),
    backgrounds: range.getBackgrounds(),
    formats: range.getNumberFormats(),
    // The typings say string; the values are the FontWeight names setFontWeights takes.
    weights: range.getFontWeights() as Weight[][],
    rules: sheet.getRange(1, 1, base.maxRows, columns).getDataValidations(),
  };
}

function writeContent(sheet: Sheet, content: SheetContent): void {
  // Cover what is there now as well as what was there, so cells the operation added are emptied.
  const rows = Math.max(content.values.length, sheet.getLastRow());
  const columns = Math.max(content.values[0]?.length ?? 0, sheet.getLastColumn());
  const grow = (rowsWanted: number, columnsWanted: number) => {
    if (sheet.getMaxRows() < rowsWanted) sheet.insertRowsAfter(sheet.getMaxRows(), rowsWanted - sheet.getMaxRows());
    if (sheet.getMaxColumns() < columnsWanted) sheet.insertColumnsAfter(sheet.getMaxColumns(), columnsWanted - sheet.getMaxColumns());
  };
  grow(Math.max(rows, content.maxRows), Math.max(columns, content.maxColumns));
  if (rows > 0 && columns > 0) {
    const grid = <T>(source: T[][], empty: T) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => source[r]?.[c] ?? empty));
    const range = sheet.getRange(1, 1, rows, columns);
    restoreCellValues(range, {
      values: grid(content.values, "" as unknown),
      formulas: content.formulas,
      formats: grid(content.formats, ""),
    });
    range.setNotes(grid(content.notes, ""));
    range.setBackgrounds(grid<string | null>(content.backgrounds, null));
    range.setFontWeights(grid<Weight>(content.weights, "normal"));
  }
  // Dropdowns go back on every row the sheet had, below its last value too.
  const ruleColumns = Math.max(content.rules[0]?.length ?? 0, sheet.getLastColumn());
  const ruleRows = Math.min(sheet.getMaxRows(), Math.max(content.maxRows, content.rules.length));
  if (ruleColumns > 0 && ruleRows > 0) {
    const rules = Array.from({ length: ruleRows }, (_, r) => Array.from({ length: ruleColumns }, (_, c) => content.rules[r]?.[c] ?? null));
    sheet.getRange(1, 1, ruleRows, ruleColumns).setDataValidations(rules);
  }
  if (sheet.getMaxRows() > content.maxRows) sheet.deleteRows(content.maxRows + 1, sheet.getMaxRows() - content.maxRows);
  if (sheet.getMaxColumns() > content.maxColumns) sheet.deleteColumns(content.maxColumns + 1, sheet.getMaxColumns() - content.maxColumns);
  if (sheet.getFrozenRows() !== content.frozenRows) sheet.setFrozenRows(content.frozenRows);
}
