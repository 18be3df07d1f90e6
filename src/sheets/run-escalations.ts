import type { Escalation } from "../domain/api/collaboration";
import { advanceEscalations, budgetFinding, escalationCauses, openEscalations } from "../domain/escalation";
import type { ChangeLogEntry } from "../domain/schema/change-log";
import type { Finding, ValidationResult } from "../domain/validation";
import { writeProperties } from "./chunked-properties";
import { escalationWrite, readEscalationState, type EscalationWrite } from "./escalation-store";
import { parkedRowsValues } from "./pending-log";
import { utf8Bytes } from "../domain/storage/chunk-text";

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

/** Where a run's rows wait parked. */
export const escalationRowsId = (at: string): string => `escalations-${at}`;

/** Rows parked beside the state must leave room in the document's 500 KB (the state takes up to 300 KB). */
const PARKED_ROWS_BYTES = 100 * 1024;

/**
 * Whether the run's Change log rows can wait parked beside the new state. A
 * run that opens or moves thousands of escalations at once has more rows
 * than that: they are appended just before the commit instead, so a commit
 * that then fails leaves them in the log ahead of the state.
 */
export function rowsFitParked(run: EscalationRun, at: string): boolean {
  return utf8Bytes(Object.values(parkedRowsValues(escalationRowsId(at), run.entries)).join("")) <= PARKED_ROWS_BYTES;
}

/**
 * The new state, and with `parkRows` its Change log rows, in one
 * setProperties call: the rows wait parked beside the state, so the log gets
 * them (now, from appendChangeLog, or from the next run that appends)
 * exactly when the state moved.
 */
export function commitEscalations(run: EscalationRun, at: string, parkRows: boolean): boolean {
  if (!run.write || (Object.keys(run.write.values).length === 0 && run.entries.length === 0)) return false;
  const rows = parkRows ? parkedRowsValues(escalationRowsId(at), run.entries) : {};
  writeProperties({ ...run.write.values, ...rows }, run.write.stale);
  return true;
}
