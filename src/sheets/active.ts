/** The spreadsheet the add-on is bound to (the server layer never calls SpreadsheetApp itself). */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}
