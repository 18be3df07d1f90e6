import { openEscalations } from "../domain/escalation";
import { operationFailure } from "../domain/errors";
import { overdueReviews, remindersText } from "../domain/governance/reminders";
import { validateWorkbook } from "../domain/validation";
import { activeSpreadsheet, activeUser } from "../sheets/active";
import { calendarFormatter } from "../sheets/calendar-dates";
import { allProperties, restoreProperty } from "../sheets/chunked-properties";
import { readEscalationState } from "../sheets/escalation-store";
import { LockBusyError, withDocumentLock } from "../sheets/lock";
import { writePlanField } from "../sheets/plan-sheet";
import { readWorkbook } from "../sheets/read-workbook";
import {
  readReminderState,
  REMINDER_KEY,
  removeOwnReminderTriggers,
  saveReminderState,
  setReminderTrigger,
} from "../sheets/reminder-trigger";
import { retried } from "../sheets/service-retry";
import { quietly, undoable, type Undo } from "../sheets/undo";

/** setReminders({ enabled }): turns the weekly governance reminder on or off. */
export function setReminders(enabled: boolean): { enabled: boolean; lastRunAt: string | null } {
  const state = withDocumentLock(() => setReminderTrigger(enabled, activeUser()));
  return { enabled: state.enabled, lastRunAt: state.lastRunAt };
}

/**
 * The weekly trigger's handler: lists on the Plan sheet's Reminders line the
 * reviews whose Next review has passed and the open escalations, and notes
 * when it ran. Both or neither: a failure puts the line and the state back.
 */
export function runGovernanceReminders(): void {
  try {
    if (!readReminderState().enabled) {
      removeOwnReminderTriggers();
      return;
    }
    withDocumentLock(() => {
      const spreadsheet = retried(activeSpreadsheet);
      const now = new Date();
      const today = calendarFormatter(retried(() => spreadsheet.getSpreadsheetTimeZone()))(now).slice(0, 10);
      const all = allProperties();
      const { context } = validateWorkbook(retried(() => readWorkbook(spreadsheet)).raw, { now, analyses: false });
      const overdue = overdueReviews(context.workbook.governance.rows, today);
      const text = remindersText(overdue, openEscalations(readEscalationState(all)), today);
      const before = String(context.workbook.plan.values.reminders ?? "");
      const undo: Undo = [];
      try {
        undoable(
          undo,
          () => writePlanField(spreadsheet, "reminders", text),
          () => writePlanField(spreadsheet, "reminders", before),
        );
        undoable(
          undo,
          () => saveReminderState({ ...readReminderState(all), lastRunAt: now.toISOString() }),
          () => restoreProperty(REMINDER_KEY, all[REMINDER_KEY]),
        );
      } catch (error) {
        undo.reverse().forEach((step) => quietly(step));
        throw error;
      }
    });
  } catch (error) {
    if (error instanceof LockBusyError) throw error;
    throw operationFailure("Reminders", error);
  }
}
