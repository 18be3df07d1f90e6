import type { TemplateColumn } from "../domain/workbook";

const HEADER_BACKGROUND = "#e8f0fe";

/**
 * Formats row 1: bold, tinted, frozen, with each template column's note.
 * Notes on a collaborator's own columns are kept (read, then written back).
 */
export function formatHeaderRow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ReadonlyMap<string, number>,
  columns: readonly TemplateColumn[],
): GoogleAppsScript.Spreadsheet.Range {
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width);
  const notes = header.getNotes();
  for (const column of columns) {
    const position = positions.get(column.key);
    if (position !== undefined) notes[0][position - 1] = column.note;
  }
  header.setNotes(notes).setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true);
  sheet.setFrozenRows(1);
  return header;
}

/**
 * Widths are set only for columns setup creates: a width someone chose is
 * theirs. Neighbouring columns of equal width share one setColumnWidths call.
 */
export function sizeNewColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: ReadonlyMap<string, number>,
  created: readonly TemplateColumn[],
): void {
  const placed = created
    .map((column) => ({ position: positions.get(column.key), width: column.width }))
    .filter((column): column is { position: number; width: number } => column.position !== undefined)
    .sort((a, b) => a.position - b.position);
  for (let start = 0; start < placed.length; ) {
    let end = start + 1;
    while (end < placed.length && placed[end].width === placed[start].width && placed[end].position === placed[end - 1].position + 1) end++;
    sheet.setColumnWidths(placed[start].position, end - start, placed[start].width);
    start = end;
  }
}
