import { retried } from "./service-retry";

/** The weekly governance reminder's handler (an entry point of src/server). */
export const REMINDER_HANDLER = "runGovernanceReminders";

/** The signed-in user's reminder triggers (getProjectTriggers lists only one's own). */
export function ownReminderTriggers(): GoogleAppsScript.Script.Trigger[] {
  return retried(() => ScriptApp.getProjectTriggers()).filter((trigger) => trigger.getHandlerFunction() === REMINDER_HANDLER);
}

export function deleteTriggers(triggers: readonly GoogleAppsScript.Script.Trigger[]): void {
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
}

/** A run that finds reminders turned off (by someone else) deletes its own trigger. */
export const removeOwnReminderTriggers = (): void => deleteTriggers(ownReminderTriggers());

/** Mondays at 8 in the script's time zone. */
export function installReminderTrigger(): void {
  ScriptApp.newTrigger(REMINDER_HANDLER).timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
}
