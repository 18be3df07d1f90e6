import type { PlanDocument } from "../domain/plan/plan-document";
import { OWNED_SHEET_PROTECTION, protectWarningOnly } from "./protect-header";

export const CHECKLIST_SHEET = "Activation checklist";

const COLUMNS = [
  { key: "profileId", label: "Profile ID", note: "The profile activated." },
  { key: "channel", label: "Channel", note: "Where it is activated." },
  {
    key: "consentVerified",
    label: "Consent verified",
    note: "Every attribute the profile uses carries the consent purpose this activation needs.",
  },
  { key: "destinationMapped", label: "Destination mapped", note: "Destination, method and endpoint (unless manual) are filled in." },
  { key: "fallbackDefined", label: "Fallback defined", note: "The activation names a fallback state." },
  { key: "ownerAssigned", label: "Owner assigned", note: "The activation has an owner, on its row or in Governance." },
  { key: "qaPassed", label: "QA passed", note: "The activation's Status is ready or live." },
] as const;

/**
 * Rewrites the generated checklist: one row per profile × channel, ticked
 * only where the workbook proves it. It is regenerated on every export, so
 * it is protected: fix the data on the stage sheets instead.
 */
export function writeChecklistSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  checklist: PlanDocument["activationChecklist"],
): void {
  const sheet = spreadsheet.getSheetByName(CHECKLIST_SHEET) ?? spreadsheet.insertSheet(CHECKLIST_SHEET);
  sheet.clear();
  const rows = checklist.map((item) => COLUMNS.map((column) => item[column.key]));
  const missing = rows.length + 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  const header = sheet.getRange(1, 1, 1, COLUMNS.length);
  header
    .setValues([COLUMNS.map((column) => column.label)])
    .setNotes([COLUMNS.map((column) => `${column.note} Generated on each export: fix the stage sheets, not this one.`)])
    .setFontWeight("bold");
  sheet.setFrozenRows(1);
  if (rows.length > 0) {
    // insertCheckboxes unticks every box, so it comes before the values.
    sheet.getRange(2, 3, rows.length, COLUMNS.length - 2).insertCheckboxes();
    sheet.getRange(2, 1, rows.length, COLUMNS.length).setValues(rows);
  }
  protectWarningOnly(sheet, null, OWNED_SHEET_PROTECTION);
}
