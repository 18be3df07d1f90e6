import { SHEETS } from "../domain/schema/workbook";
import type { RawWorkbook } from "../domain/validation";

export interface SheetRead {
  range: GoogleAppsScript.Spreadsheet.Range;
  values: unknown[][];
}

/** Each template sheet's data range and values: one getValues per sheet, whatever its size. */
export function readWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { raw: RawWorkbook; reads: Map<string, SheetRead> } {
  const raw: Record<string, unknown[][]> = {};
  const reads = new Map<string, SheetRead>();
  for (const spec of SHEETS) {
    const sheet = spreadsheet.getSheetByName(spec.name);
    if (!sheet) continue;
    const range = sheet.getDataRange();
    const values = range.getValues();
    raw[spec.name] = values;
    reads.set(spec.name, { range, values });
  }
  return { raw, reads };
}
