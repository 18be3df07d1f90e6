import { PLAN_SHEET } from "../schema/workbook";
import type { PlanTable } from "../validation/plan-table";
import { finding, type Finding } from "../validation/finding";
import type { EscalationTracking } from "./storage";

/**
 * Said when the escalation store is full, on the Plan sheet's top rung (the
 * person who hears of escalations last): how many are tracked, how many are
 * not, and what that means for them. Null while everything fits.
 */
export function budgetFinding(tracking: EscalationTracking, plan: Pick<PlanTable, "rows">): Finding | null {
  if (tracking.untracked === 0) return null;
  const row = plan.rows.get("execSponsor") ?? 1;
  const kb = Math.round(tracking.budgetBytes / 1024);
  return finding(
    "ESCALATION_BUDGET",
    { sheet: PLAN_SHEET.name, row, column: "Value" },
    `${tracking.tracked} escalations and once-seen blockers are tracked between validations; ${tracking.untracked} more do not fit in the ${kb} KB this spreadsheet keeps for them, so they start again from their first sighting on every run and never climb the ladder. Fix the causes in the sidebar's list, or split the plan into smaller workbooks.`,
  );
}
