import { documentPropertiesHandle } from "./service-handles";
import {
  changedSinceExportText,
  markChanged,
  viewOf,
  type ChangeMarker,
  type ChangedSinceExportView,
} from "../domain/maintenance/changed-since-export";
import { readDocumentJson } from "./document-store";
import { readExportState } from "./export-state";
import { type PlanFields, writePlanField } from "./plan-sheet";
import { retried } from "./service-retry";

/**
 * Plan maintenance: which stage sheets changed since the last export, kept
 * in a document property and shown on the Plan sheet's "Changed since
 * export" line. Edits and imports mark it; an export clears it.
 */
export const CHANGED_SINCE_EXPORT_KEY = "changedSinceExport";

export const readChangedSinceExport = (): ChangedSinceExportView => viewOf(readDocumentJson<ChangeMarker>(CHANGED_SINCE_EXPORT_KEY));

/**
 * The caller holds the document lock. The Plan line is rewritten only when a
 * sheet joins the list, and before the marker: rewritten twice it reads the
 * same, so a run stopped in between can simply run again. `alsoStore` goes
 * into the marker's own setProperties call (the Change log's record of
 * which edits are counted). The marker is read once and only the writes are
 * retried: a write that landed but lost its reply must not count twice.
 */
export function markChangedSinceExport(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheets: readonly string[],
  edits: number,
  at: string,
  alsoStore: Record<string, string> = {},
): void {
  const current = retried(() => readDocumentJson<ChangeMarker>(CHANGED_SINCE_EXPORT_KEY));
  const { marker, newSheet } = markChanged(current, sheets, edits, at);
  if (newSheet) {
    const line = changedSinceExportText(marker, retried(lastExport));
    retried(() => writePlanField(spreadsheet, "changedSinceExport", line));
  }
  retried(() => documentPropertiesHandle().setProperties({ [CHANGED_SINCE_EXPORT_KEY]: JSON.stringify(marker), ...alsoStore }));
}

/** `plan`: the Plan sheet as the caller read it (planFieldsOf), else it is read again. */
export function clearChangedSinceExport(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan?: PlanFields): void {
  documentPropertiesHandle().deleteProperty(CHANGED_SINCE_EXPORT_KEY);
  const text = changedSinceExportText(null, lastExport());
  if (plan) plan.write("changedSinceExport", text);
  else writePlanField(spreadsheet, "changedSinceExport", text);
}

function lastExport(): { version: number; at: string } | null {
  const state = readExportState();
  return state ? { version: state.version, at: state.exportedAt } : null;
}
