import type { Status } from "../domain/api/contract";
import { SHEETS, STAGES, sheetForStage } from "../domain/schema/workbook";
import { countFilledRows, readPlanFields } from "../domain/workbook";
import { readPlanValues } from "./plan-sheet";
import { readLastValidation } from "./plan-state";
import { readChangedSinceExport, readOpenEscalations, readReminders } from "./collaboration-state";
import { readExportState } from "./export-state";

/** The sidebar's overview: plan inputs and each stage's row count, a few reads per sheet. */
export function readStatus(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Status {
  const present = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName()));
  const plan = readPlanFields(present.has("Plan") ? readPlanValues(spreadsheet) : null);
  const stages = STAGES.map((stage) => {
    const name = sheetForStage(stage).name;
    const sheet = present.has(name) ? spreadsheet.getSheetByName(name) : null;
    return { stage, sheet: name, exists: sheet !== null, rows: sheet ? countFilledRows(sheet.getDataRange().getValues()) : 0 };
  });
  const missingSheets = SHEETS.map((spec) => spec.name).filter((name) => !present.has(name));
  return {
    setUp: missingSheets.length === 0,
    lastValidation: readLastValidation(),
    lastExport: lastExport(),
    changedSinceExport: readChangedSinceExport(),
    escalations: readOpenEscalations(),
    reminders: readReminders(),
    plan: {
      planId: plan.planId ?? null,
      initiative: plan.initiative ?? null,
      channels: plan.channels ?? [],
      pattern: plan.pattern ?? null,
    },
    stages,
    missingSheets,
  };
}

function lastExport(): Status["lastExport"] {
  const state = readExportState();
  if (!state) return null;
  return {
    version: state.version,
    status: state.status ?? "draft",
    at: state.exportedAt,
    fileUrl: state.fileUrl ?? null,
    folderUrl: state.folderUrl ?? null,
  };
}
