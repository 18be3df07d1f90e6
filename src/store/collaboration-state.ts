import type { Escalation } from "../domain/api/collaboration";
import { openEscalations } from "../domain/escalation";
import { readEscalationState } from "./escalation-store";
import { readReminderState } from "./reminder-state";

/**
 * Collaboration state shown in the sidebar: open escalations and the
 * reminder trigger (edits since the last export: maintenance-state.ts).
 * Kept between executions in the document's properties.
 */
export { readChangedSinceExport } from "./changed-since-export";

export const readOpenEscalations = (all?: Readonly<Record<string, string>>): Escalation[] => openEscalations(readEscalationState(all));

export function readReminders(all?: Readonly<Record<string, string>>): { enabled: boolean; lastRunAt: string | null } {
  const state = readReminderState(all);
  return { enabled: state.enabled, lastRunAt: state.lastRunAt };
}
