import * as z from "zod/mini";
import { Escalation } from "../api/collaboration";

/** A compliance blocker seen once so far: the next run that sees it again opens an escalation. */
export const PendingBlocker = z.object({ id: z.string(), seenAt: z.string() });

/**
 * What survives between validation runs: every escalation (open, and the
 * resolved ones as history) and the compliance blockers seen once so far.
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

export const openEscalations = (state: EscalationState): Escalation[] => state.escalations.filter((e) => e.status === "open");
