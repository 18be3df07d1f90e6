export { HEADER_PROTECTION, OWNED_SHEET_PROTECTION } from "../domain/workbook/protections";

/** Warning-only: collaborators are warned before editing, never blocked. A rerun replaces ours instead of stacking copies. */
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
