/** Whether reminders are on, whose trigger runs them, and when they last ran (kept in the document properties). */
export interface ReminderSwitch {
  enabled: boolean;
  owner: string | null;
  lastRunAt: string | null;
}

export interface ReminderTriggerPlan {
  /** The state to store, or null when it stays as it is. */
  next: ReminderSwitch | null;
  /** How many of the user's own triggers to keep (the rest are deleted); one is installed when `keep` is 1 and none exists. */
  keep: 0 | 1;
}

/**
 * One weekly trigger for the whole spreadsheet: turning reminders off deletes
 * the user's triggers; a second person turning them on while someone else's
 * trigger runs them adds nothing (and drops any stray trigger of their own);
 * installing twice leaves one.
 */
export function planReminderTrigger(state: ReminderSwitch, enabled: boolean, user: string): ReminderTriggerPlan {
  if (!enabled) return { next: { ...state, enabled: false, owner: null }, keep: 0 };
  if (state.enabled && state.owner !== null && state.owner !== user) return { next: null, keep: 0 };
  return { next: { ...state, enabled: true, owner: user }, keep: 1 };
}
