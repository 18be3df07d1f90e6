import type { Escalation } from "../api/collaboration";
import { LADDER_ROLES } from "../plan/error-handling";
import type { ChangeLogEntry } from "../schema/change-log";
import type { GovernanceItem } from "../schema/governance";
import type { PlanInputs } from "../schema/plan-inputs";
import type { Cause } from "./causes";
import { fallbackOwner } from "./fallback-owner";
import type { EscalationState } from "./state";

export interface EscalationRun {
  previous: EscalationState;
  /** This run's causes (escalationCauses). */
  causes: readonly Cause[];
  plan: Partial<PlanInputs>;
  governance: readonly Partial<GovernanceItem>[];
  /** ISO time of the run, and who ran it (for the Change log). */
  now: string;
  user: string;
}

export interface EscalationOutcome {
  state: EscalationState;
  /** Change log rows (source escalation): opened, moved up, resolved. */
  entries: ChangeLogEntry[];
  /** Open escalations after the run, then those it resolved. */
  report: Escalation[];
}

const TOP_RUNG = LADDER_ROLES.length;

/**
 * One validation run through the ladder (DESIGN section 4). A compliance
 * blocker seen in two runs in a row, or a missed coverage SLA, opens at
 * rung 1; each further run it persists moves it up a rung, staying at the
 * top; a run that no longer sees it resolves it with a remediation entry.
 * Owners are re-read every run, so a ladder filled in later takes effect.
 */
export function advanceEscalations(run: EscalationRun): EscalationOutcome {
  const previousById = new Map(run.previous.escalations.map((e) => [e.id, e]));
  const seenOnce = new Set(run.previous.pending.map((p) => p.id));
  const current = new Set(run.causes.map((cause) => cause.id));
  const open: Escalation[] = [];
  const pending: EscalationState["pending"] = [];
  const entries: ChangeLogEntry[] = [];
  const log = (cause: Pick<Escalation, "sheet" | "item" | "column">, oldValue: string | null, newValue: string) =>
    entries.push({
      timestamp: run.now,
      user: run.user,
      sheet: cause.sheet,
      rowKey: cause.item,
      column: cause.column,
      oldValue,
      newValue,
      source: "escalation",
    });

  for (const cause of run.causes) {
    const before = previousById.get(cause.id);
    const fields = {
      code: cause.code,
      item: cause.item,
      sheet: cause.sheet,
      row: cause.row,
      column: cause.column,
      reason: cause.reason,
      updatedAt: run.now,
    };
    if (before?.status === "open") {
      const rung = Math.min(before.rung + 1, TOP_RUNG);
      const next: Escalation = { ...before, ...fields, ...staff(rung, cause, run), seenRuns: before.seenRuns + 1 };
      if (rung !== before.rung) log(next, describeRung(before), describeRung(next));
      open.push(next);
    } else if (cause.opensAtOnce || seenOnce.has(cause.id)) {
      const next: Escalation = {
        id: cause.id,
        ...fields,
        ...staff(1, cause, run),
        openedAt: run.now,
        seenRuns: seenOnce.has(cause.id) ? 2 : 1,
        status: "open",
        resolvedAt: null,
        remediation: null,
      };
      log(next, null, `Escalated to ${describeRung(next)}: ${cause.reason}`);
      open.push(next);
    } else {
      pending.push({ id: cause.id, seenAt: run.now });
    }
  }

  const resolved: Escalation[] = [];
  const history: Escalation[] = [];
  for (const before of run.previous.escalations) {
    if (current.has(before.id) && before.status === "open") continue;
    if (before.status === "resolved") {
      if (!open.some((e) => e.id === before.id)) history.push(before);
      continue;
    }
    const remediation = remediationText(before);
    const next: Escalation = { ...before, status: "resolved", resolvedAt: run.now, updatedAt: run.now, remediation };
    log(next, describeRung(before), `Resolved. ${remediation}`);
    resolved.push(next);
  }

  open.sort((a, b) => b.rung - a.rung || a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  const state = { escalations: [...open, ...resolved, ...history], pending };
  return { state, entries, report: [...open, ...resolved] };
}

/** What a resolved escalation says was done (stored escalations derive it again). */
export function remediationText(e: Pick<Escalation, "code" | "item" | "seenRuns" | "rung">): string {
  return `Fixed: validation no longer finds ${e.code} for ${e.item} (open ${e.seenRuns} run${e.seenRuns === 1 ? "" : "s"}, up to rung ${e.rung}).`;
}

/** Who holds a rung: the Plan's ladder, or for an empty rung the item's Fallback owner. */
function staff(rung: number, cause: Cause, run: EscalationRun): Pick<Escalation, "rung" | "role" | "owner" | "ownerIsFallback"> {
  const { key, role } = LADDER_ROLES[rung - 1];
  const onLadder = run.plan[key] ?? null;
  if (onLadder) return { rung, role, owner: onLadder, ownerIsFallback: false };
  const fallback = fallbackOwner(run.governance, cause, run.plan.planId ?? null);
  return { rung, role, owner: fallback, ownerIsFallback: fallback !== null };
}

function describeRung(escalation: Pick<Escalation, "rung" | "role" | "owner" | "ownerIsFallback">): string {
  const who = !escalation.owner
    ? "nobody named: fill in the Plan sheet's ladder or a Fallback owner on 5 Governance"
    : escalation.ownerIsFallback
      ? `${escalation.owner}, fallback owner`
      : escalation.owner;
  return `rung ${escalation.rung}, ${escalation.role} (${who})`;
}
