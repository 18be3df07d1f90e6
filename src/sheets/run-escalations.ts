import type { Escalation } from "../domain/api/collaboration";
import { advanceEscalations, budgetFinding, escalationCauses, openEscalations } from "../domain/escalation";
import type { ChangeLogEntry } from "../domain/schema/change-log";
import type { Finding, ValidationResult } from "../domain/validation";
import { writeProperties } from "./chunked-properties";
import { undoable, type Undo } from "./undo";
import { escalationWrite, readEscalationState, type EscalationWrite } from "./escalation-store";

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
 * Writes the new state (when it changed), keeping its way back: the
 * previous state's properties, and the removal of parts the new one added.
 */
export function commitEscalations(run: EscalationRun, all: Record<string, string>, undo: Undo): void {
  const write = run.write;
  if (!write || Object.keys(write.values).length === 0) return;
  const previous = Object.fromEntries(
    [...Object.keys(write.values), ...write.stale].filter((key) => all[key] !== undefined).map((key) => [key, all[key]]),
  );
  const added = Object.keys(write.values).filter((key) => all[key] === undefined);
  undoable(
    undo,
    () => writeProperties(write.values, write.stale),
    () => writeProperties(previous, added),
  );
}
