import type { Escalation } from "../domain/api/collaboration";

/**
 * Collaboration state shown in the sidebar: edits since the last export,
 * open escalations and the reminder trigger. Kept between executions in the
 * document's properties.
 */
export interface ChangedSinceExport {
  changed: boolean;
  sheets: string[];
  edits: number;
  since: string | null;
}

export function readChangedSinceExport(): ChangedSinceExport {
  return { changed: false, sheets: [], edits: 0, since: null };
}

export function readOpenEscalations(): Escalation[] {
  return [];
}

export function readReminders(): { enabled: boolean; lastRunAt: string | null } {
  return { enabled: false, lastRunAt: null };
}
