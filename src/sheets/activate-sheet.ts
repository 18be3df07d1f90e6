/** Brings a sheet to the front, as a click on a stage in the sidebar does. */
export function activateSheet(name: string): boolean {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) return false;
  sheet.activate();
  return true;
}
