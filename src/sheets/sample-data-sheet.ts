import { parseSampleBlocks, planSample, type SampleData } from "../domain/preview";
import type { AttributeInfo } from "../domain/logic";
import { activeSpreadsheet } from "./active";
import { withDocumentLock } from "../platform/lock";

export const SAMPLE_SHEET = "Sample data";

/**
 * The Sample data sheet, read as the preview plans it: the row count first,
 * then only the sampled blocks, each with one getValues (at most 50 reads
 * for a million rows, never the whole sheet). A missing sheet is created
 * with the attribute IDs as its header, ready for pasting.
 */
export function readSampleData(attributes: readonly AttributeInfo[]): SampleData & { created: boolean } {
  const spreadsheet = activeSpreadsheet();
  const existing = spreadsheet.getSheetByName(SAMPLE_SHEET);
  if (!existing) {
    withDocumentLock(() => {
      const sheet = spreadsheet.insertSheet(SAMPLE_SHEET);
      if (attributes.length > 0) {
        sheet
          .getRange(1, 1, 1, attributes.length)
          .setValues([attributes.map((a) => a.id)])
          .setFontWeight("bold");
        sheet.setFrozenRows(1);
      }
    });
  }
  const sheet = existing ?? spreadsheet.getSheetByName(SAMPLE_SHEET)!;
  const width = sheet.getLastColumn();
  const total = Math.max(0, sheet.getLastRow() - 1);
  const header = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
  const plan = planSample(total);
  const blocks = plan.blocks.map((block) => ({
    start: block.start,
    rows: sheet.getRange(block.start + 2, 1, block.count, width).getValues(),
  }));
  const sample = parseSampleBlocks(header, blocks, plan, attributes, { timeZone: spreadsheet.getSpreadsheetTimeZone() });
  return { ...sample, created: !existing };
}
