import type { Status, StatusRefresh } from "../domain/api/contract";
import { SHEETS, STAGES, sheetForStage } from "../domain/schema/workbook";
import { countFilledRows, readPlanFields, rowIds } from "../domain/workbook";
import { planValuesIn, readPlanValues } from "../sheets/plan-sheet";
import { readLastValidation } from "../store/plan-state";
import { readChangedSinceExport, readOpenEscalations, readReminders } from "../store/collaboration-state";
import { readExportState } from "../store/export-state";
import { allProperties } from "../store/chunked-properties";
import { readStatusStamp } from "../store/status-stamp";

/** What an operation that just wrote the workbook knows of it: the sheets present, and values (dates as text) of some. */
export interface KnownWorkbook {
  sheets: readonly string[];
  values: Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>;
  /** Sheets already in hand, by name: their values are read without looking them up again. */
  handles?: ReadonlyMap<string, GoogleAppsScript.Spreadsheet.Sheet>;
}

/**
 * The sidebar's overview: plan inputs and each stage's row count, a few reads
 * per sheet not already known; what the document's properties hold comes
 * from `all`, one read of them all.
 */
export function readStatus(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  known?: KnownWorkbook,
  all: Readonly<Record<string, string>> = allProperties(),
): Status {
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
    lastValidation: readLastValidation(all),
    lastExport: lastExport(all),
    changedSinceExport: readChangedSinceExport(all),
    escalations: readOpenEscalations(all),
    reminders: readReminders(all),
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

/**
 * The status and its stamp once an operation has written everything, so its
 * reply carries them and the sidebar need not ask again: from the properties
 * as the operation holds them (read once, kept current by its own writes:
 * service-handles.ts), sheets read only where `known` lacks them. What
 * another run stored meanwhile makes the stamp differ, so the sidebar's
 * next check fetches it. Null when a read fails: the operation has happened
 * all the same, and the sidebar asks.
 */
export function statusAfter(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, known?: KnownWorkbook): StatusRefresh | null {
  try {
    const all = allProperties();
    return { stamp: readStatusStamp(all), status: readStatus(spreadsheet, known, all) };
  } catch {
    return null;
  }
}

function lastExport(all: Readonly<Record<string, string>>): Status["lastExport"] {
  const state = readExportState(all);
  if (!state) return null;
  return {
    version: state.version,
    status: state.status ?? "draft",
    at: state.exportedAt,
    fileUrl: state.fileUrl ?? null,
    folderUrl: state.folderUrl ?? null,
  };
}
