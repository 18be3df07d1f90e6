import { openEscalations } from "../domain/escalation";
import { overdueReviews, remindersText } from "../domain/governance/reminders";
import { validateWorkbook } from "../domain/validation";
import { activeSpreadsheet, activeUser } from "../sheets/active";
import { calendarFormatter } from "../sheets/calendar-dates";
import { readEscalationState } from "../sheets/escalation-store";
import { withDocumentLock } from "../sheets/lock";
import { writePlanField } from "../sheets/plan-sheet";
import { readWorkbook } from "../sheets/read-workbook";
import { readReminderState, removeOwnReminderTriggers, saveReminderState, setReminderTrigger } from "../sheets/reminder-trigger";

/** setReminders({ enabled }): turns the weekly governance reminder on or off. */
export function setReminders(enabled: boolean): { enabled: boolean; lastRunAt: string | null } {
  const state = withDocumentLock(() => setReminderTrigger(enabled, activeUser()));
  return { enabled: state.enabled, lastRunAt: state.lastRunAt };
}

/**
 * The weekly trigger's handler: lists on the Plan sheet's Reminders line the
 * reviews whose Next review has passed and the open escalations.
 */
export function runGovernanceReminders(): void {
  if (!readReminderState().enabled) {
    removeOwnReminderTriggers();
    return;
  }
  withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const now = new Date();
    const today = calendarFormatter(spreadsheet.getSpreadsheetTimeZone())(now).slice(0, 10);
    const { context } = validateWorkbook(readWorkbook(spreadsheet).raw, { now, analyses: false });
    const overdue = overdueReviews(context.workbook.governance.rows, today);
    writePlanField(spreadsheet, "reminders", remindersText(overdue, openEscalations(readEscalationState()), today));
    saveReminderState({ ...readReminderState(), lastRunAt: now.toISOString() });
  });
}
