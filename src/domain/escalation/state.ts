import * as z from "zod/mini";
import { Escalation } from "../api/collaboration";

/**
 * A compliance blocker not (yet) escalated: first seen at `seenAt`; when
 * the validation runs stop seeing it, `goneAt` says since when. Seen again
 * an Escalation interval after `seenAt`, or at all after `goneAt`, it opens.
 */
export const PendingBlocker = z.object({ id: z.string(), seenAt: z.string(), goneAt: z._default(z.nullable(z.string()), null) });
export type PendingBlocker = z.output<typeof PendingBlocker>;

/**
 * What survives between validation runs: every escalation (open, and the
 * resolved ones as history) and the compliance blockers seen so far that
 * have not escalated.
 */
export const EscalationState = z.object({
  escalations: z.array(Escalation),
  pending: z.array(PendingBlocker),
});
export type EscalationState = z.output<typeof EscalationState>;

export const EMPTY_ESCALATIONS: EscalationState = { escalations: [], pending: [] };

/** Kept short in storage: the finding's full message is in every validation report. */
export const STORED_REASON_CHARS = 280;
/** Resolved escalations kept as history; older ones live on in the Change log. */
export const RESOLVED_KEPT = 200;
/** Fixed blockers remembered, so one that comes back escalates; the oldest are forgotten first. */
export const GONE_KEPT = 200;

export const openEscalations = (state: EscalationState): Escalation[] => state.escalations.filter((e) => e.status === "open");
