import type { Escalation } from "../api/collaboration";
import type { GovernanceItem } from "../schema/governance";
import type { TableRow } from "../validation/tables";

export interface OverdueReview {
  scope: string;
  item: string;
  owner: string | null;
  nextReview: string;
  row: number;
}

/** Governance rows whose Next review (an ISO date) is before today (the spreadsheet's calendar day). */
export function overdueReviews(rows: readonly TableRow<GovernanceItem>[], today: string): OverdueReview[] {
  return rows
    .filter((row) => row.values.nextReview && row.values.nextReview < today)
    .map((row) => ({
      scope: row.values.scope ?? "",
      item: row.values.item ?? "",
      owner: row.values.owner || row.values.fallbackOwner || null,
      nextReview: row.values.nextReview!,
      row: row.row,
    }))
    .sort((a, b) => a.nextReview.localeCompare(b.nextReview));
}

/** A cell holds 50,000 characters; the list stops well before, saying how many more there are. */
const MAX_LINES = 40;

/** The Plan sheet's "Reminders" value: one headline, then one line per overdue review and open escalation. */
export function remindersText(overdue: readonly OverdueReview[], open: readonly Escalation[], today: string): string {
  const plural = (n: number, word: string) => `${n === 0 ? "no" : n} ${word}${n === 1 ? "" : "s"}`;
  const headline = `Checked ${today}: ${plural(overdue.length, "review")} overdue, ${plural(open.length, "open escalation")}.`;
  const lines = [
    ...overdue.map(
      (review) =>
        `• Review overdue since ${review.nextReview}: ${review.scope} ${review.item}${review.owner ? ` (owner ${review.owner})` : ""}, 5 Governance row ${review.row}`,
    ),
    ...open.map((e) => `• Escalation at rung ${e.rung}, ${e.role}${e.owner ? ` (${e.owner})` : ""}: ${e.code} for ${e.item}`),
  ];
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) shown.push(`… and ${lines.length - MAX_LINES} more: open the sidebar.`);
  return [headline, ...shown].join("\n");
}
