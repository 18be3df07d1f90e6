import type { ExampleWorkbook } from "../fixtures/example-workbook";
import { spreadsheetOf, type LoadedAddOn } from "./bundle";

/** Types a plan into the set-up sheets the way a person would: by header label, row after row. */
export function writeExample(addOn: LoadedAddOn, example: ExampleWorkbook): void {
  const spreadsheet = spreadsheetOf(addOn);
  const plan = spreadsheet.getSheetByName("Plan")!;
  const fields = plan
    .getRange(1, 1, plan.getLastRow(), 1)
    .getValues()
    .map((row) => row[0]);
  for (const [label, value] of Object.entries(example.plan)) {
    const row = fields.indexOf(label) + 1;
    if (row > 0) plan.getRange(row, 2).setValue(value);
  }
  for (const [name, rows] of Object.entries(example.sheets)) {
    if (rows.length === 0) continue;
    const sheet = spreadsheet.getSheetByName(name)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const values = rows.map((row) => header.map((label) => row[label] ?? ""));
    const missingRows = values.length + 1 - sheet.getMaxRows();
    if (missingRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missingRows);
    sheet.getRange(2, 1, values.length, header.length).setValues(values);
  }
}
