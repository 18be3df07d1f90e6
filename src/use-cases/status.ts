import type { Status } from "../domain/api/contract";
import { SHEETS, STAGES, sheetForStage } from "../domain/schema/workbook";
import { countFilledRows, readPlanFields, rowIds } from "../domain/workbook";
import { planValuesIn, readPlanValues } from "../sheets/plan-sheet";
import { readLastValidation } from "../store/plan-state";
import { readChangedSinceExport, readOpenEscalations, readReminders } from "../store/collaboration-state";
import { readExportState } from "../store/export-state";

/** What an operation that just wrote the workbook knows of it: the sheets present, and values (dates as text) of some. */
export interface KnownWorkbook {
  sheets: readonly string[];
  values: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  /** Sheets already in hand, by name: their values are read without looking them up again. */
  handles?: ReadonlyMap<string, GoogleAppsScript.Spreadsheet.Sheet>;
}

/** The sidebar's overview: plan inputs and each stage's row count, a few reads per sheet not already known. */
export function readStatus(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, known?: KnownWorkbook): Status {
  const present = new Set(known?.sheets ?? spreadsheet.getSheets().map((sheet) => sheet.getName()));
  const planValues = known?.values.Plan ? planValuesIn(known.values.Plan) : present.has("Plan") ? readPlanValues(spreadsheet) : null;
  const plan = readPlanFields(planValues);
  const ids = { attributes: [] as string[], profiles: [] as string[] };
  const stages = STAGES.map((stage) => {
    const spec = sheetForStage(stage);
    const name = spec.name;
    if (!present.has(name)) return { stage, sheet: name, exists: false, rows: 0 };
    const sheet = known?.values[name] ? null : (known?.handles?.get(name) ?? spreadsheet.getSheetByName(name));
    const values = known?.values[name] ?? sheet?.getDataRange().getValues() ?? [];
    if (stage === "attributes" || stage === "profiles") ids[stage] = rowIds(spec, values);
    return { stage, sheet: name, exists: true, rows: countFilledRows(values) };
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
    attributeIds: ids.attributes,
    profileIds: ids.profiles,
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
