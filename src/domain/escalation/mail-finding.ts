import { PLAN_SHEET } from "../schema/workbook";
import { finding, type Finding } from "../validation/finding";
import type { PlanTable } from "../validation/plan-table";
import type { Notice } from "./notices";

/** Why an email did not go: the adapter's reading of MailApp's answer. */
export type MailProblem = "invalid-address" | "quota" | "unavailable";
export interface Unsent {
  notice: Notice;
  problem: MailProblem;
}

/**
 * ESCALATION_MAIL, on the Plan sheet's ladder: what was not sent and what to
 * do. The escalations themselves moved on; the emails stay owed and the next
 * Validate sends them.
 */
export function mailFinding(unsent: readonly Unsent[], plan: Pick<PlanTable, "rows">): Finding | null {
  if (unsent.length === 0) return null;
  const row = plan.rows.get("architect") ?? 1;
  const invalid = [...new Set(unsent.filter((u) => u.problem === "invalid-address").map((u) => u.notice.to))];
  const quota = unsent.filter((u) => u.problem === "quota").length;
  const down = unsent.filter((u) => u.problem === "unavailable").length;
  const parts = [
    invalid.length > 0 ? `Gmail refused the address ${invalid.join(", ")} as invalid: correct it on the Plan sheet or 5 Governance.` : "",
    quota > 0
      ? `Today's email quota of this Google account is used up (100 recipients a day for a consumer account): the first Validate after it frees up sends ${quota === 1 ? "it" : "them"}.`
      : "",
    down > 0 ? "Gmail did not respond: the next Validate sends it." : "",
  ].filter(Boolean);
  return finding(
    "ESCALATION_MAIL",
    { sheet: PLAN_SHEET.name, row, column: "Value" },
    `Escalation email to ${[...new Set(unsent.map((u) => u.notice.to))].join(", ")} was not sent (${unsent.length} notice${unsent.length === 1 ? "" : "s"}). ${parts.join(" ")} The escalations themselves are kept, and the email stays owed.`,
  );
}
