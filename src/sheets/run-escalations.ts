import type { Escalation } from "../domain/api/collaboration";
import { advanceEscalations, budgetFinding, escalationCauses, openEscalations } from "../domain/escalation";
import type { ChangeLogEntry } from "../domain/schema/change-log";
import type { Finding, ValidationResult } from "../domain/validation";
import { writeProperties } from "./chunked-properties";
import { escalationWrite, readEscalationState, type EscalationWrite } from "./escalation-store";
import { parkedRowsValues } from "./pending-log";

export interface EscalationRun {
  /** Open escalations after the run, then those it resolved. */
  report: Escalation[];
  /** Change log rows (source escalation). */
  entries: ChangeLogEntry[];
  /** Said when the store cannot keep every escalation. */
  finding: Finding | null;
  write: EscalationWrite | null;
}

/**
 * After a validation run (under its lock), nothing written yet: moves
 * escalations along the ladder. A workbook missing sheets or columns says
 * nothing about its blockers, so such a run leaves the escalations as they
 * were instead of resolving them.
 */
export function planEscalations(result: ValidationResult, now: Date, user: string, all: Record<string, string>): EscalationRun {
  const previous = readEscalationState(all);
  if (result.findings.some((finding) => finding.code === "SETUP"))
    return { report: openEscalations(previous), entries: [], finding: null, write: null };
  const outcome = advanceEscalations({
    previous,
    causes: escalationCauses(result),
    plan: result.context.workbook.plan.values,
    governance: result.context.workbook.governance.rows.map((row) => row.values),
    now: now.toISOString(),
    user,
  });
  const write = escalationWrite(outcome.state, all);
  return { report: outcome.report, entries: outcome.entries, finding: budgetFinding(write.tracking, result.context.workbook.plan), write };
}

/**
 * The new state and its Change log rows in one setProperties call: the rows
 * wait parked beside the state, so the log gets them (now, from
 * appendChangeLog, or from the next run that appends) exactly when the
 * state moved.
 */
export function commitEscalations(run: EscalationRun, at: string): boolean {
  if (!run.write || (Object.keys(run.write.values).length === 0 && run.entries.length === 0)) return false;
  writeProperties({ ...run.write.values, ...parkedRowsValues(`escalations-${at}`, run.entries) }, run.write.stale);
  return true;
}
