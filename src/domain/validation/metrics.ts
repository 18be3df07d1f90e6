import { isPercentText } from "../workbook/percent-cells";
import { attributesUsedBy, hasConsent, purposeOf } from "./activation-facts";
import { activationChecklist, isReady } from "./checklist";
import type { ValidationContext } from "./context";
import type { PlanMetrics } from "./report-schema";

/** A share as a percentage with one decimal; null when there is nothing to measure. */
const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** DESIGN section 4's metrics. */
export function planMetrics(context: ValidationContext, objectives?: readonly (readonly unknown[])[]): PlanMetrics {
  const percentRows = percentObjectiveRows(context, objectives);
  const used = new Set<string>();
  for (const logic of context.logic.values()) logic.references.forEach((id) => context.attributes.has(id) && used.add(id));
  const meetsSla = [...used].filter((id) => {
    const { coveragePct, coverageSlaPct } = context.attributes.get(id)!.values;
    return coverageSlaPct == null || (coveragePct != null && coveragePct >= coverageSlaPct);
  });

  let pairs = 0;
  let covered = 0;
  const activations = context.workbook.activations.rows;
  for (const row of activations) {
    const purpose = purposeOf(row.values);
    for (const attribute of attributesUsedBy(context, row.values.profileId)) {
      pairs++;
      if (purpose && hasConsent(attribute.values, purpose)) covered++;
    }
  }
  const ready = activations.filter((row) => isReady(activationChecklist(context, row))).length;

  return {
    attributeCoveragePct: percent(meetsSla.length, used.size),
    consentIntegrityPct: percent(covered, pairs),
    activationReadinessPct: percent(ready, activations.length),
    liftTargets: context.workbook.objectives.rows
      .filter((row) => row.values.objectiveId)
      .map(({ values, row }) => ({
        objectiveId: values.objectiveId!,
        percent: percentRows.has(row),
        kpi: values.kpi ?? null,
        baseline: values.baseline ?? null,
        target: values.target ?? null,
        liftPct:
          values.baseline && values.target != null
            ? Math.round(((values.target - values.baseline) / Math.abs(values.baseline)) * 1000) / 10
            : null,
      })),
  };
}

/** Rows of 1 Objectives whose Baseline or Target cell, as read, is a percentage. */
function percentObjectiveRows(context: ValidationContext, values: readonly (readonly unknown[])[] | undefined): Set<number> {
  const table = context.workbook.objectives;
  const columns = ["baseline", "target"].map((key) => table.columns.get(key)).filter((column) => column !== undefined);
  const rows = new Set<number>();
  (values ?? []).forEach((cells, index) => {
    if (index > 0 && columns.some((column) => isPercentText(cells[column - 1]))) rows.add(index + 1);
  });
  return rows;
}
