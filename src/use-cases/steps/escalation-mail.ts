import type { Escalation } from "../../domain/api/collaboration";
import { columnLetters, composeMail, dueNotices, markSent, type EscalationState, type Notice, type Unsent } from "../../domain/escalation";
import { escalationIntervalHours } from "../../domain/plan/error-handling";
import type { ChangeLogEntry } from "../../domain/schema/change-log";
import type { ValidationContext } from "../../domain/validation/context";
import { normalizeLabel } from "../../domain/workbook";
import { remainingMailQuota, sendMail } from "../../mail/send-mail";
import { activeSpreadsheet } from "../../sheets/active";
import { retried } from "../../platform/service-retry";

export interface Delivery {
  /** The state with what was sent recorded; what was not stays owed. */
  state: EscalationState;
  sent: Notice[];
  unsent: Unsent[];
  /** One Change log row per email sent (source escalation). */
  entries: ChangeLogEntry[];
}

/**
 * Sends what the ladder owes (each rung's person once, then the resolution
 * to everyone it reached), before anything of the run is written: the state
 * then records only what went. Should a later write fail, the run is undone
 * and the next one sends again, so an email may repeat but is never lost.
 * Gmail refusing an address or the daily quota running out leaves those
 * emails owed and the escalations as they are.
 */
export function deliverEscalationMail(
  state: EscalationState,
  context: ValidationContext,
  at: { now: string; user: string; retryLimit: number },
): Delivery {
  const plan = context.workbook.plan.values;
  const links = new Links(context);
  const initiative = plan.initiative ?? "Personalization plan";
  const due = dueNotices(state, {
    initiative,
    intervalHours: escalationIntervalHours(plan),
    link: (e) => links.of(e),
  });
  if (due.length === 0) return { state, sent: [], unsent: [], entries: [] };
  const mails = composeMail(due, initiative);
  let quota = remainingMailQuota(at.retryLimit) ?? mails.length;
  const sent: Notice[] = [];
  const unsent: Unsent[] = [];
  for (const mail of mails) {
    const outcome =
      quota > 0 ? sendMail(mail, at.retryLimit) : ({ sent: false, problem: unsent[unsent.length - 1]?.problem ?? "quota" } as const);
    if (outcome.sent) {
      sent.push(...mail.notices);
      quota--;
      continue;
    }
    unsent.push(...mail.notices.map((notice) => ({ notice, problem: outcome.problem })));
    // Past a full quota, or a Gmail that stopped answering, the rest wait for the next run, in their order.
    if (outcome.problem !== "invalid-address") quota = 0;
  }
  const byId = new Map(state.escalations.map((e) => [e.id, e]));
  const entries = mails
    .filter((mail) => mail.notices.every((notice) => sent.includes(notice)))
    .map((mail): ChangeLogEntry => {
      const first = byId.get(mail.notices[0].escalationId)!;
      const one = mail.notices.length === 1;
      return {
        timestamp: at.now,
        user: at.user,
        sheet: first.sheet,
        rowKey: one ? first.item : `${mail.notices.length} escalations`,
        column: one ? first.column : "",
        oldValue: null,
        newValue: `Emailed ${mail.to}: ${mail.subject.replace(/^\[[^\]]*\] /, "")}`,
        source: "escalation",
      };
    });
  return { state: markSent(state, sent), sent, unsent, entries };
}

/** `<url>#gid=<sheet id>&range=<A1>`: a few calls, made only when an email is due. */
class Links {
  private url: string | null = null;
  private spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  private readonly gids = new Map<string, number | null>();
  constructor(private readonly context: ValidationContext) {}

  of(e: Pick<Escalation, "sheet" | "row" | "column">): string {
    const spreadsheet = (this.spreadsheet ??= retried(activeSpreadsheet));
    this.url ??= retried(() => spreadsheet.getUrl());
    if (!this.gids.has(e.sheet))
      this.gids.set(
        e.sheet,
        retried(() => spreadsheet.getSheetByName(e.sheet)?.getSheetId() ?? null),
      );
    const gid = this.gids.get(e.sheet);
    const column = this.columnOf(e.sheet, e.column);
    const range = column ? `&range=${columnLetters(column)}${e.row}` : "";
    return gid === null || gid === undefined ? this.url : `${this.url}#gid=${gid}${range}`;
  }

  private columnOf(sheet: string, label: string): number | null {
    const table = Object.values(this.context.workbook).find((t) => "sheet" in t && t.sheet === sheet);
    if (!table || !("labels" in table)) return sheet === "Plan" ? 2 : null;
    for (const [key, text] of table.labels) if (normalizeLabel(text) === normalizeLabel(label)) return table.columns.get(key) ?? null;
    return null;
  }
}
