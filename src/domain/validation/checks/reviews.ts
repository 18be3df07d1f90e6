import { objectiveMeasures } from "./holdouts";
import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { labelOf, type TableRow } from "../tables";
import type { Objective } from "../../schema/objectives";

/**
 * REVIEW_OVERDUE: a Governance row whose Next review has passed, and an
 * objective past its Due date that is not done. An objective is done once
 * one of the profiles measuring it (its lifecycle stage and persona) has a
 * live activation: the sheet keeps no KPI readings to judge it by.
 */
export function objectiveDone(context: ValidationContext): (objective: TableRow<Objective>) => boolean {
  const live = new Set(context.workbook.activations.rows.filter((r) => r.values.status === "live").map((r) => r.values.profileId));
  const measures = objectiveMeasures(context);
  return (objective) => (measures.get(objective)?.profiles ?? []).some((id) => live.has(id));
}

export function checkReviews(context: ValidationContext, today: string): Finding[] {
  const findings: Finding[] = [];
  const governance = context.workbook.governance;
  for (const row of governance.rows) {
    const { nextReview, scope, item } = row.values;
    if (!nextReview || nextReview.slice(0, 10) >= today) continue;
    const who = row.values.owner || row.values.fallbackOwner;
    findings.push(
      finding(
        "REVIEW_OVERDUE",
        { sheet: governance.sheet, row: row.row, column: labelOf(governance, "nextReview") },
        `The review of ${scope ?? "this"} ${item ?? ""} was due on ${nextReview.slice(0, 10)}${who ? ` (owner ${who})` : ""}. Hold the review, then set Next review to the next date its QA cadence gives.`,
      ),
    );
  }
  const objectives = context.workbook.objectives;
  const done = objectiveDone(context);
  for (const [objective, measure] of objectiveMeasures(context)) {
    const due = objective.values.dueDate;
    if (!due || due.slice(0, 10) >= today || done(objective)) continue;
    const profiles =
      measure.profiles.length > 0
        ? `none of its profiles (${measure.profiles.join(", ")}) has a live activation`
        : "no profile serves it yet";
    findings.push(
      finding(
        "REVIEW_OVERDUE",
        { sheet: objectives.sheet, row: objective.row, column: labelOf(objectives, "dueDate") },
        `${measure.objectiveId} was due on ${due.slice(0, 10)}, but ${profiles}. Review the objective with its owner${objective.values.owner ? ` (${objective.values.owner})` : ""}: move the Due date, or put an activation live.`,
      ),
    );
  }
  return findings;
}
