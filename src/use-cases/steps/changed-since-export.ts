import { changedSinceExportText, markChanged } from "../../domain/maintenance/changed-since-export";
import { deleteChangeMarker, readChangeMarker, writeChangeMarker } from "../../store/changed-since-export";
import { readExportState } from "../../store/export-state";
import { type PlanFields, writePlanField } from "../../sheets/plan-sheet";
import { retried } from "../../platform/service-retry";

// Plan maintenance: the "changed since export" marker and the Plan sheet's line that shows it, kept in step.

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
  const current = retried(readChangeMarker);
  const { marker, newSheet } = markChanged(current, sheets, edits, at);
  if (newSheet) {
    const line = changedSinceExportText(marker, retried(lastExport));
    retried(() => writePlanField(spreadsheet, "changedSinceExport", line));
  }
  retried(() => writeChangeMarker(marker, alsoStore));
}

/** `plan`: the Plan sheet as the caller read it (planFieldsOf), else it is read again. */
export function clearChangedSinceExport(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan?: PlanFields): void {
  deleteChangeMarker();
  const text = changedSinceExportText(null, lastExport());
  if (plan) plan.write("changedSinceExport", text);
  else writePlanField(spreadsheet, "changedSinceExport", text);
}

function lastExport(): { version: number; at: string } | null {
  const state = readExportState();
  return state ? { version: state.version, at: state.exportedAt } : null;
}
