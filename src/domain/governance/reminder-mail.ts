import type { GovernanceItem } from "../schema/governance";
import type { Objective } from "../schema/objectives";
import type { TableRow } from "../validation/tables";
import { addDays } from "./calendar-day";
import { EMAIL_ADDRESS } from "../schema/cell-values";
import { TABLE_SHEETS } from "../schema/workbook";
import { addTo } from "../group-into";

/** One thing an owner must review: a Governance row due within the week, or an objective past its Due date. */
export interface DueItem {
  kind: "review" | "objective";
  /** What to review, in words ("plan *", "objective OBJ-1"). */
  what: string;
  /** The date it is or was due (YYYY-MM-DD). */
  due: string;
  overdue: boolean;
  /** Who is asked: the row's Owner, else its Fallback owner. */
  owner: string | null;
  sheet: string;
  row: number;
}

export interface ReminderMail {
  to: string;
  subject: string;
  body: string;
  items: DueItem[];
}

/** Until the next weekly run: a review due in the coming week is asked for now. */
const HORIZON_DAYS = 7;

/**
 * Reviews due or overdue (Next review on or before a week from today) and
 * objectives past their Due date that are not done (`done` names them),
 * oldest first.
 */
export function dueItems(
  governance: readonly TableRow<GovernanceItem>[],
  objectives: readonly TableRow<Objective>[],
  done: (objective: TableRow<Objective>) => boolean,
  today: string,
): DueItem[] {
  const horizon = addDays(today, HORIZON_DAYS);
  const reviews = governance
    .filter((row) => row.values.nextReview && row.values.nextReview.slice(0, 10) <= horizon)
    .map(
      (row): DueItem => ({
        kind: "review",
        what: `${row.values.scope ?? ""} ${row.values.item ?? ""}`.trim(),
        due: row.values.nextReview!.slice(0, 10),
        overdue: row.values.nextReview!.slice(0, 10) < today,
        owner: row.values.owner || row.values.fallbackOwner || null,
        sheet: TABLE_SHEETS.governance.name,
        row: row.row,
      }),
    );
  const late = objectives
    .filter((row) => row.values.dueDate && row.values.dueDate.slice(0, 10) < today && !done(row))
    .map(
      (row): DueItem => ({
        kind: "objective",
        what: `objective ${row.values.objectiveId ?? `row ${row.row}`}`,
        due: row.values.dueDate!.slice(0, 10),
        overdue: true,
        owner: row.values.owner || null,
        sheet: TABLE_SHEETS.objectives.name,
        row: row.row,
      }),
    );
  return [...reviews, ...late].sort((a, b) => a.due.localeCompare(b.due) || a.row - b.row);
}

/** One email per owner with an address; items whose owner is no email address are left for the Plan sheet's list. */
export function reminderMails(
  items: readonly DueItem[],
  initiative: string,
  today: string,
): { mails: ReminderMail[]; noAddress: DueItem[] } {
  const byOwner = new Map<string, DueItem[]>();
  const noAddress: DueItem[] = [];
  for (const item of items) {
    if (!item.owner || !EMAIL_ADDRESS.test(item.owner)) noAddress.push(item);
    else addTo(byOwner, item.owner, item);
  }
  const mails = [...byOwner].map(([to, mine]) => {
    const overdue = mine.filter((item) => item.overdue).length;
    return {
      to,
      subject: `[${initiative}] ${mine.length} review${mine.length === 1 ? "" : "s"} due${overdue > 0 ? `, ${overdue} overdue` : ""}`,
      body: [
        `Your reviews in the personalization plan "${initiative}", as of ${today}:`,
        "",
        ...mine.map((item) => `• ${item.overdue ? "Overdue since" : "Due"} ${item.due}: ${item.what} (${item.sheet} row ${item.row})`),
        "",
        "Hold each review, then set its next date in the sheet (Next review on 5 Governance, Due date on 1 Objectives).",
      ].join("\n"),
      items: mine,
    };
  });
  return { mails, noAddress };
}

export type ReminderProblem = "invalid-address" | "quota" | "unavailable";

/** The Plan sheet's account of the run's email: who was emailed, who was not and why, whose owner has no address. */
export function mailLines(
  sent: readonly string[],
  unsent: readonly { to: string; problem: ReminderProblem }[],
  noAddress: readonly DueItem[],
): string[] {
  const why: Record<ReminderProblem, string> = {
    "invalid-address": "Gmail refused the address: correct it on 5 Governance or 1 Objectives",
    quota: "today's email quota is used up: the next run emails again",
    unavailable: "Gmail did not respond: the next run emails again",
  };
  return [
    sent.length > 0 ? `Emailed: ${sent.join(", ")}.` : "",
    ...unsent.map((u) => `Not emailed: ${u.to} (${why[u.problem]}).`),
    noAddress.length > 0
      ? `No email address to remind: ${noAddress.map((item) => `${item.what} (${item.sheet} row ${item.row}${item.owner ? `, owner ${item.owner}` : ""})`).join("; ")}.`
      : "",
  ].filter(Boolean);
}
