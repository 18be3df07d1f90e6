import * as z from "zod/mini";
import { parseStoredJson } from "../domain/storage/stored-json";
import { allProperties, documentProperties } from "./chunked-properties";
import { retried } from "./service-retry";

/**
 * The weekly governance reminder: one time-driven trigger for the whole
 * spreadsheet. A trigger belongs to the user who created it and
 * getProjectTriggers lists only one's own, so the document properties say
 * whether reminders are on and whose trigger runs them: a second person
 * turning them on adds nothing, and a trigger finding them turned off
 * removes itself on its next run.
 */
export const REMINDER_HANDLER = "runGovernanceReminders";
export const REMINDER_KEY = "reminders";

export const ReminderState = z.object({
  enabled: z.boolean(),
  owner: z.nullable(z.string()),
  lastRunAt: z.nullable(z.string()),
});
export type ReminderState = z.output<typeof ReminderState>;

const OFF: ReminderState = { enabled: false, owner: null, lastRunAt: null };

export const readReminderState = (all: Record<string, string> = allProperties()): ReminderState =>
  parseStoredJson(ReminderState, all[REMINDER_KEY]) ?? OFF;

export function saveReminderState(state: ReminderState): void {
  const store = documentProperties();
  retried(() => store.setProperty(REMINDER_KEY, JSON.stringify(state)));
}

/** The caller holds the document lock. Installing twice leaves one trigger. */
export function setReminderTrigger(enabled: boolean, user: string): ReminderState {
  const state = readReminderState();
  const mine = ownTriggers();
  if (!enabled) {
    mine.forEach((trigger) => ScriptApp.deleteTrigger(trigger));
    const next = { ...state, enabled: false, owner: null };
    saveReminderState(next);
    return next;
  }
  const someoneElseRunsIt = state.enabled && state.owner !== null && state.owner !== user;
  if (someoneElseRunsIt) {
    mine.forEach((trigger) => ScriptApp.deleteTrigger(trigger));
    return state;
  }
  mine.slice(1).forEach((trigger) => ScriptApp.deleteTrigger(trigger));
  if (mine.length === 0) {
    ScriptApp.newTrigger(REMINDER_HANDLER).timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
  }
  const next = { ...state, enabled: true, owner: user };
  saveReminderState(next);
  return next;
}

/** A run that finds reminders turned off (by someone else) deletes its own trigger. */
export function removeOwnReminderTriggers(): void {
  ownTriggers().forEach((trigger) => ScriptApp.deleteTrigger(trigger));
}

function ownTriggers(): GoogleAppsScript.Script.Trigger[] {
  return retried(() => ScriptApp.getProjectTriggers()).filter((trigger) => trigger.getHandlerFunction() === REMINDER_HANDLER);
}
