import { openEscalations } from "../domain/escalation";
import { operationFailure } from "../domain/errors";
import { dueItems, mailLines, reminderMails, type ReminderProblem } from "../domain/governance/reminder-mail";
import { overdueReviews, remindersText } from "../domain/governance/reminders";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { validateWorkbook } from "../domain/validation";
import { objectiveDone } from "../domain/validation/checks/reviews";
import { sendMail } from "../mail/send-mail";
import { activeSpreadsheet } from "../sheets/active";
import { activeUser } from "../platform/session";
import { calendarFormatter } from "../sheets/calendar-dates";
import { allProperties, restoreProperty } from "../store/chunked-properties";
import { readEscalationState } from "../store/escalation-store";
import { LockBusyError, withDocumentLock } from "../platform/lock";
import { writePlanField } from "../sheets/plan-sheet";
import { readWorkbook } from "../sheets/read-workbook";
import { deleteTriggers, installReminderTrigger, ownReminderTriggers, removeOwnReminderTriggers } from "../platform/reminder-trigger";
import { type ReminderState, readReminderState, REMINDER_KEY, saveReminderState } from "../store/reminder-state";
import { planReminderTrigger } from "../domain/governance/reminder-trigger-plan";
import { retried } from "../platform/service-retry";
import { quietly, undoable, type Undo } from "../platform/undo";

/** setReminders({ enabled }): turns the weekly governance reminder on or off. */
export function setReminders(enabled: boolean): { enabled: boolean; lastRunAt: string | null } {
  const state = withDocumentLock(() => switchReminders(enabled, activeUser()));
  return { enabled: state.enabled, lastRunAt: state.lastRunAt };
}

/** The caller holds the document lock. */
function switchReminders(enabled: boolean, user: string): ReminderState {
  const state = readReminderState();
  const plan = planReminderTrigger(state, enabled, user);
  const mine = ownReminderTriggers();
  deleteTriggers(mine.slice(plan.keep));
  if (plan.keep === 1 && mine.length === 0) installReminderTrigger();
  if (plan.next) saveReminderState(plan.next);
  return plan.next ?? state;
}

/**
 * The weekly trigger's handler: emails each owner the reviews due within the
 * week or overdue and the objectives past their Due date, then lists on the
 * Plan sheet's Reminders line the overdue reviews, the open escalations and
 * who was emailed (or not, and why), and notes when it ran. The email goes
 * first; the line and the state are written both or neither, so a failure
 * puts them back and the next run emails again.
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
      const { raw, timeZone } = retried(() => readWorkbook(spreadsheet));
      const today = calendarFormatter(timeZone)(now).slice(0, 10);
      const all = allProperties();
      const { context } = validateWorkbook(raw, { now, timeZone, analyses: false });
      const { governance, objectives, plan } = context.workbook;
      const overdue = overdueReviews(governance.rows, today);
      const items = dueItems(governance.rows, objectives.rows, objectiveDone(context), today);
      const { mails, noAddress } = reminderMails(items, plan.values.initiative ?? "Personalization plan", today);
      const sent: string[] = [];
      const unsent: { to: string; problem: ReminderProblem }[] = [];
      for (const mail of mails) {
        // Past a used-up quota or a Gmail that stopped answering, the rest wait for the next run.
        const stopped = unsent.find((u) => u.problem !== "invalid-address");
        const outcome = stopped
          ? { sent: false as const, problem: stopped.problem }
          : sendMail(mail, plan.values.retryLimit ?? DEFAULT_RETRY_LIMIT);
        if (outcome.sent) sent.push(mail.to);
        else unsent.push({ to: mail.to, problem: outcome.problem });
      }
      const text = [remindersText(overdue, openEscalations(readEscalationState(all)), today), ...mailLines(sent, unsent, noAddress)].join(
        "\n",
      );
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
