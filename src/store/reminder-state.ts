import * as z from "zod/mini";
import { parseStoredJson } from "../domain/storage/stored-json";
import { retried } from "../platform/service-retry";
import { allProperties, documentProperties } from "./chunked-properties";

/**
 * Whether the weekly governance reminder is on and whose trigger runs it.
 * A trigger belongs to the user who created it and getProjectTriggers lists
 * only one's own, so the document properties are what everyone shares.
 */
export const REMINDER_KEY = "reminders";

export const ReminderState = z.object({
  enabled: z.boolean(),
  owner: z.nullable(z.string()),
  lastRunAt: z.nullable(z.string()),
});
export type ReminderState = z.output<typeof ReminderState>;

const OFF: ReminderState = { enabled: false, owner: null, lastRunAt: null };

export const readReminderState = (all: Readonly<Record<string, string>> = allProperties()): ReminderState =>
  parseStoredJson(ReminderState, all[REMINDER_KEY]) ?? OFF;

export function saveReminderState(state: ReminderState): void {
  const store = documentProperties();
  retried(() => store.setProperty(REMINDER_KEY, JSON.stringify(state)));
}
