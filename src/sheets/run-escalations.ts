import type { Escalation } from "../domain/api/collaboration";
import { advanceEscalations, escalationCauses, openEscalations } from "../domain/escalation";
import type { ValidationResult } from "../domain/validation";
import { appendChangeLog } from "./change-log";
import { readEscalationState, saveEscalationState } from "./escalation-store";

/**
 * After a validation run (under its lock): moves escalations along the
 * ladder, logs what changed (source escalation) and keeps the new state.
 * A workbook missing sheets or columns says nothing about its blockers, so
 * such a run leaves the escalations as they were instead of resolving them.
 */
export function runEscalations(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  result: ValidationResult,
  now: Date,
  user: string,
): Escalation[] {
  const previous = readEscalationState();
  if (result.findings.some((finding) => finding.code === "SETUP")) return openEscalations(previous);
  const outcome = advanceEscalations({
    previous,
    causes: escalationCauses(result),
    plan: result.context.workbook.plan.values,
    governance: result.context.workbook.governance.rows.map((row) => row.values),
    now: now.toISOString(),
    user,
  });
  appendChangeLog(spreadsheet, outcome.entries);
  saveEscalationState(outcome.state, previous);
  return outcome.report;
}
