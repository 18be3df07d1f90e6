import type { Status } from "../../src/domain/api/contract";
import type { PlanStatus } from "../../src/domain/plan/plan-status";

/** The New plan form shows until every sheet exists and the Plan names an initiative. */
export function needsNewPlan(status: Status): boolean {
  return !status.setUp || !status.plan.initiative;
}

/** "1 Objectives" → "Objectives": the stepper numbers the stages itself. */
export function stageTitle(sheet: string): string {
  return sheet.replace(/^\d+\s+/, "");
}

export function rowCountLabel(rows: number): string {
  if (rows === 0) return "No rows yet";
  return rows === 1 ? "1 row" : `${rows} rows`;
}

/** "v3 draft" */
export function versionLabel(version: number, status: PlanStatus): string {
  return `v${version} ${status === "final" ? "final" : "draft"}`;
}

/** A short local date and time for "Last validated …"; the ISO text if the browser cannot read it. */
export function whenLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** What the export card says about edits since the last export (plan maintenance, DESIGN section 4). */
export function changedSinceLabel(changed: Status["changedSinceExport"], hasExport: boolean): string {
  if (!hasExport) return "Not exported yet.";
  if (!changed.changed) return "No changes since the last export.";
  const edits = changed.edits === 1 ? "1 edit" : `${changed.edits} edits`;
  return changed.sheets.length > 0
    ? `Changed since the last export: ${edits} in ${changed.sheets.join(", ")}.`
    : `Changed since the last export: ${edits}.`;
}
