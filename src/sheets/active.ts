/** The spreadsheet the add-on is bound to (the server layer never calls SpreadsheetApp itself). */
export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Who is running the add-on, for the audit trail (empty for consumer accounts outside the domain). */
export function activeUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || "unknown user";
}
