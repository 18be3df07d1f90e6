import type { Escalation } from "../api/collaboration";
import { utf8Bytes } from "../storage/chunk-text";

/**
 * What survives between validation runs: every escalation (open, and the
 * resolved ones as history) and the compliance blockers seen once so far,
 * which open an escalation if the next run sees them again.
 */
export interface EscalationState {
  escalations: Escalation[];
  pending: { id: string; seenAt: string }[];
}

export const EMPTY_ESCALATIONS: EscalationState = { escalations: [], pending: [] };

/** Kept short in storage: the finding's full message is in every validation report. */
export const STORED_REASON_CHARS = 280;
/** Resolved escalations kept as history; older ones live on in the Change log. */
export const RESOLVED_KEPT = 200;

export function parseEscalationState(text: string | null): EscalationState {
  if (!text) return EMPTY_ESCALATIONS;
  try {
    const parsed = JSON.parse(text) as Partial<EscalationState>;
    return {
      escalations: Array.isArray(parsed.escalations) ? parsed.escalations : [],
      pending: Array.isArray(parsed.pending) ? parsed.pending : [],
    };
  } catch {
    return EMPTY_ESCALATIONS;
  }
}

/**
 * JSON for storage within `budgetBytes`, giving up the least useful first:
 * reasons are clipped; then the oldest resolved history goes (the Change
 * log keeps it); then reasons are dropped (the next run restores them from
 * its findings); last, the lowest-rung open escalations are not kept, so
 * they start again from their first sighting. Validation never fails for
 * want of room.
 */
export function serializeEscalationState(state: EscalationState, budgetBytes: number): string {
  const clip = (chars: number) => (e: Escalation) => ({
    ...e,
    reason: e.reason.length > chars ? `${e.reason.slice(0, Math.max(chars - 1, 0))}${chars > 0 ? "…" : ""}` : e.reason,
  });
  const open = state.escalations.filter((e) => e.status === "open").sort((a, b) => b.rung - a.rung || a.openedAt.localeCompare(b.openedAt));
  const resolved = state.escalations
    .filter((e) => e.status === "resolved")
    .sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? ""))
    .slice(0, RESOLVED_KEPT);
  const text = (kept: Escalation[], history: Escalation[], reasonChars: number) =>
    JSON.stringify({ escalations: [...kept, ...history].map(clip(reasonChars)), pending: state.pending });
  const fits = (candidate: string) => utf8Bytes(candidate) <= budgetBytes;

  let history = resolved;
  let candidate = text(open, history, STORED_REASON_CHARS);
  while (!fits(candidate) && history.length > 0)
    candidate = text(open, (history = history.slice(0, Math.floor(history.length / 2))), STORED_REASON_CHARS);
  if (fits(candidate)) return candidate;
  let kept = open;
  candidate = text(kept, [], 0);
  while (!fits(candidate) && kept.length > 0) candidate = text((kept = kept.slice(0, Math.floor(kept.length * 0.9))), [], 0);
  return candidate;
}

export const openEscalations = (state: EscalationState): Escalation[] => state.escalations.filter((e) => e.status === "open");
