/** Our protections carry this description so a rerun replaces them instead of stacking copies. */
export const HEADER_PROTECTION = "Personalization Profiles: template header";
export const OWNED_SHEET_PROTECTION = "Personalization Profiles: written by the add-on only";

/** Warning-only: collaborators are warned before editing, never blocked. */
export function protectWarningOnly(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  range: GoogleAppsScript.Spreadsheet.Range | null,
  description: string,
): void {
  const type = range ? SpreadsheetApp.ProtectionType.RANGE : SpreadsheetApp.ProtectionType.SHEET;
  for (const protection of sheet.getProtections(type)) {
    if (protection.getDescription() === description) protection.remove();
  }
  const protection = range ? range.protect() : sheet.protect();
  protection.setDescription(description).setWarningOnly(true);
}
