/** The sheet Google puts in every new spreadsheet: left empty once a plan is set up there. */
export const DEFAULT_SHEET = "Sheet1";

/** What is in a sheet, as far as removing it goes: its last cell with content (0 when none) and whether any cell has a note. */
export interface SheetContent {
  lastRow: number;
  lastColumn: number;
  hasNotes: boolean;
}

/**
 * Set up sheets offers to remove the default sheet only when it just made
 * the Plan sheet (a plan started in this spreadsheet) and the default sheet
 * has no value in it: lastRow 0 means no cell has content, so it is the one
 * read this costs. Removal checks again, notes included (see removalRefusal).
 */
export function emptySheetOffer(planCreated: boolean, defaultSheetLastRow: number | null): typeof DEFAULT_SHEET | null {
  return planCreated && defaultSheetLastRow === 0 ? DEFAULT_SHEET : null;
}

/** Why the sheet must not be removed now, or null when it is still empty and not the only sheet. */
export function removalRefusal(name: string, content: SheetContent | null, sheetCount: number): string | null {
  const kept = "Nothing was changed.";
  if (!content) return `There is no sheet called ${name} any more. ${kept}`;
  if (content.lastRow > 0 || content.lastColumn > 0) {
    return `${name} is not empty any more (it has values up to row ${content.lastRow}, column ${content.lastColumn}), so it was kept. Delete it by hand if you no longer need what is in it. ${kept}`;
  }
  if (content.hasNotes) return `${name} has notes in it, so it was kept. Delete it by hand if you no longer need them. ${kept}`;
  if (sheetCount <= 1) return `${name} is the only sheet in this spreadsheet, and a spreadsheet needs one. ${kept}`;
  return null;
}
