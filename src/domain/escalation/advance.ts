import type { Escalation } from "../api/collaboration";
import { roleHolder } from "../governance/roles";
import { ROLE_NAMES } from "../schema/roles";
import { LADDER_ROLES } from "../plan/error-handling";
import type { ChangeLogEntry } from "../schema/change-log";
import type { GovernanceItem } from "../schema/governance";
import { DEFAULT_ESCALATION_INTERVAL_HOURS, type PlanInputs } from "../schema/plan-inputs";
import type { Cause } from "./causes";
import { fallbackOwner } from "./fallback-owner";
import { GONE_KEPT, type EscalationState, type PendingBlocker } from "./state";

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
const HOUR_MS = 3_600_000;

/**
 * One validation run through the ladder (DESIGN section 4). "Occurs twice"
 * is about time, not clicks: a compliance blocker opens at rung 1 when a run
 * sees it again at least the Plan's Escalation interval after it was first
 * seen, or when it comes back after being fixed; a missed coverage SLA opens
 * at once. An open one climbs one rung when it is still seen an interval
 * after it reached its rung, so runs moments apart never move it. A run that
 * no longer sees it resolves it. Owners are re-read every run.
 */
export function advanceEscalations(run: EscalationRun): EscalationOutcome {
  const intervalMs = (run.plan.escalationInterval ?? DEFAULT_ESCALATION_INTERVAL_HOURS) * HOUR_MS;
  const nowMs = Date.parse(run.now);
  const since = (iso: string) => nowMs - (Date.parse(iso) || 0);
  const previousById = new Map(run.previous.escalations.map((e) => [e.id, e]));
  const pendingById = new Map(run.previous.pending.map((p) => [p.id, p]));
  const current = new Set(run.causes.map((cause) => cause.id));
  const open: Escalation[] = [];
  const pending: PendingBlocker[] = [];
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
      const climbedAt = before.climbedAt || before.updatedAt;
      const climbs = before.rung < TOP_RUNG && since(climbedAt) >= intervalMs;
      const rung = climbs ? before.rung + 1 : before.rung;
      const next: Escalation = {
        ...before,
        ...fields,
        ...staff(rung, cause, run),
        climbedAt: climbs ? run.now : climbedAt,
        owed: (climbs ? stillOwed(before) : before.owed).filter((person) => holdsRungBelow(person, rung, cause, run)),
        seenRuns: before.seenRuns + 1,
      };
      if (climbs) log(next, describeRung(before), describeRung(next));
      open.push(next);
      continue;
    }
    const seen = pendingById.get(cause.id);
    const cameBack = before?.status === "resolved" || (seen?.goneAt ?? null) !== null;
    const persisted = seen !== undefined && seen.goneAt === null && since(seen.seenAt) >= intervalMs;
    if (cause.opensAtOnce || cameBack || persisted) {
      const next: Escalation = {
        id: cause.id,
        ...fields,
        ...staff(1, cause, run),
        openedAt: run.now,
        climbedAt: run.now,
        seenRuns: seen || before ? 2 : 1,
        status: "open",
        resolvedAt: null,
        remediation: null,
        told: [],
        owed: [],
        resolutionTold: [],
      };
      const why = cameBack
        ? " It came back after it was fixed."
        : persisted
          ? ` Still there ${hoursSince(since(seen!.seenAt))} after it was first seen.`
          : "";
      log(next, null, `Escalated to ${describeRung(next)}: ${cause.reason}${why}`);
      open.push(next);
    } else {
      pending.push({ id: cause.id, seenAt: seen?.seenAt ?? run.now, goneAt: null });
    }
  }
  // A blocker fixed before it escalated is remembered, so its return counts as its second occurrence.
  const gone = run.previous.pending
    .filter((p) => !current.has(p.id))
    .map((p) => ({ ...p, goneAt: p.goneAt ?? run.now }))
    .sort((a, b) => b.goneAt.localeCompare(a.goneAt))
    .slice(0, GONE_KEPT);

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
  const state = { escalations: [...open, ...resolved, ...history], pending: [...pending, ...gone] };
  return { state, entries, report: [...open, ...resolved] };
}

/** Who the escalation reached and has not emailed, once it leaves its rung: its owner goes on being owed the email. */
function stillOwed(before: Escalation): string[] {
  const owed = before.owed.filter((person) => !before.told.includes(person));
  return before.owner && !before.told.includes(before.owner) && !owed.includes(before.owner) ? [...owed, before.owner] : owed;
}

/** Whether `person` still holds a rung below `rung`: an address corrected on the Plan sheet since is owed nothing. */
function holdsRungBelow(person: string, rung: number, cause: Cause, run: EscalationRun): boolean {
  return Array.from({ length: rung - 1 }, (_, below) => staff(below + 1, cause, run).owner).includes(person);
}

/** What a resolved escalation says was done (stored escalations derive it again). */
export function remediationText(e: Pick<Escalation, "code" | "item" | "seenRuns" | "rung">): string {
  return `Fixed: validation no longer finds ${e.code} for ${e.item} (open ${e.seenRuns} run${e.seenRuns === 1 ? "" : "s"}, up to rung ${e.rung}).`;
}

const hoursSince = (ms: number) => {
  const hours = Math.floor(ms / HOUR_MS);
  return hours >= 48 ? `${Math.floor(hours / 24)} days` : `${hours} hours`;
};

/**
 * Who holds a rung: the Plan's ladder; for an empty rung the role's fallback
 * agent (Plan sheet), then the item's Fallback owner from 5 Governance.
 */
function staff(
  rung: number,
  cause: Cause,
  run: EscalationRun,
): Pick<Escalation, "rung" | "role" | "owner" | "ownerIsFallback" | "coveredBy"> {
  const { key, role } = LADDER_ROLES[rung - 1];
  const holder = roleHolder(run.plan, key);
  if (holder)
    return { rung, role, owner: holder.email, ownerIsFallback: false, coveredBy: holder.coveredBy && ROLE_NAMES[holder.coveredBy] };
  const fallback = fallbackOwner(run.governance, cause, run.plan.planId ?? null);
  return { rung, role, owner: fallback, ownerIsFallback: fallback !== null, coveredBy: null };
}

function describeRung(escalation: Pick<Escalation, "rung" | "role" | "owner" | "ownerIsFallback" | "coveredBy">): string {
  const who = !escalation.owner
    ? "nobody named: fill in the Plan sheet's ladder or a Fallback owner on 5 Governance"
    : escalation.ownerIsFallback
      ? `${escalation.owner}, fallback owner`
      : escalation.coveredBy
        ? `${escalation.owner}, ${escalation.coveredBy} covering`
        : escalation.owner;
  return `rung ${escalation.rung}, ${escalation.role} (${who})`;
}
