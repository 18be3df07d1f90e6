import { asLiteralText } from "../domain/workbook/literal-text";

/** What Sheets reports for a cell nobody formatted. */
const AUTOMATIC_FORMAT = "0.###############";

/** Cells as they were read: values, formulas and number formats, one grid each, of the range's shape. */
export interface ReadCells {
  values: unknown[][];
  formulas: string[][];
  formats: string[][];
}

/**
 * Writes read cells back into their range. Formats first: a cell formatted
 * as text keeps the string exactly, others get the literal-text apostrophe;
 * a formula goes back as its formula.
 */
export function restoreCellValues(range: GoogleAppsScript.Spreadsheet.Range, cells: ReadCells): void {
  const formats = cells.formats.map((row) => row.map((format) => format || AUTOMATIC_FORMAT));
  range.setNumberFormats(formats);
  range.setValues(
    cells.values.map((row, r) =>
      row.map((value, c) => {
        const formula = cells.formulas[r]?.[c];
        if (formula) return formula;
        return typeof value === "string" && formats[r][c] !== "@" ? asLiteralText(value) : value;
      }),
    ),
  );
}
