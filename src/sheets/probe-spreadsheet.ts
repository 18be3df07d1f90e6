import { CheckProblem } from "../domain/setup-check/problems";

/** Check set-up: the add-on can read the spreadsheet it is bound to (spreadsheets.currentonly). */
export function probeSpreadsheet(): { name: string } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new CheckProblem("no-spreadsheet");
  return { name: spreadsheet.getName() };
}
