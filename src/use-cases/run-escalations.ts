import type { Escalation } from "../domain/api/collaboration";
import { advanceEscalations, budgetFinding, escalationCauses, mailFinding, openEscalations } from "../domain/escalation";
import { judgesBlockers } from "../domain/escalation/judges-blockers";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import type { ChangeLogEntry } from "../domain/schema/change-log";
import type { Finding, ValidationResult } from "../domain/validation";
import { writeProperties } from "../store/chunked-properties";
import { undoable, type Undo } from "../platform/undo";
import { deliverEscalationMail } from "./steps/escalation-mail";
import { escalationWrite, readEscalationState, type EscalationWrite } from "../store/escalation-store";

export interface EscalationRun {
  /** Open escalations after the run, then those it resolved. */
  report: Escalation[];
  /** Change log rows (source escalation). */
  entries: ChangeLogEntry[];
  /** Said when the store cannot keep every escalation, or emails could not be sent. */
  findings: Finding[];
  write: EscalationWrite | null;
}

/**
 * After a validation run (under its lock), nothing written yet: moves
 * escalations along the ladder and emails each person it newly reaches, and
 * everyone an escalation reached when it resolves (escalation-mail.ts).
 */
export function planEscalations(result: ValidationResult, now: Date, user: string, all: Record<string, string>): EscalationRun {
  const previous = readEscalationState(all);
  if (!judgesBlockers(result.findings)) return { report: openEscalations(previous), entries: [], findings: [], write: null };
  const plan = result.context.workbook.plan;
  const outcome = advanceEscalations({
    previous,
    causes: escalationCauses(result),
    plan: plan.values,
    governance: result.context.workbook.governance.rows.map((row) => row.values),
    now: now.toISOString(),
    user,
  });
  const retryLimit = plan.values.retryLimit ?? DEFAULT_RETRY_LIMIT;
  const mail = deliverEscalationMail(outcome.state, result.context, { now: now.toISOString(), user, retryLimit });
  const write = escalationWrite(mail.state, all);
  const told = new Map(mail.state.escalations.map((e) => [e.id, e]));
  return {
    report: outcome.report.map((e) => told.get(e.id) ?? e),
    entries: [...outcome.entries, ...mail.entries],
    findings: [budgetFinding(write.tracking, plan), mailFinding(mail.unsent, plan)].filter((f): f is Finding => f !== null),
    write,
  };
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
