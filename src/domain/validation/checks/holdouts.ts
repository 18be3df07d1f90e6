import type { Objective } from "../../schema/objectives";
import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { labelOf, type TableRow } from "../tables";

/** A KPI that is a rate or a lift can only be measured against a control group. */
const MEASURES_LIFT = /\b(rate|lift|conversion|ctr|%|percent|share|uplift|incremental)/i;

export interface ObjectiveMeasure {
  objectiveId: string;
  profiles: string[];
  holdouts: { profileId: string; channel: string; holdoutPct: number }[];
}

/**
 * The profiles that measure an objective: those of its lifecycle stage (and
 * its persona, when both name one), with the holdouts their activations keep.
 */
export function objectiveMeasures(context: ValidationContext): Map<TableRow<Objective>, ObjectiveMeasure> {
  const measures = new Map<TableRow<Objective>, ObjectiveMeasure>();
  for (const objective of context.workbook.objectives.rows) {
    const { objectiveId, lifecycleStage, persona } = objective.values;
    if (!objectiveId) continue;
    const profiles = [...context.logic.values()]
      .map((logic) => logic.row.values)
      .filter(
        (profile) =>
          lifecycleStage &&
          profile.lifecycleStage === lifecycleStage &&
          (!persona || !profile.persona || profile.persona.toLowerCase() === persona.toLowerCase()),
      )
      .map((profile) => profile.profileId!);
    const holdouts = context.workbook.activations.rows
      .filter((row) => row.values.profileId && profiles.includes(row.values.profileId) && (row.values.holdoutPct ?? 0) > 0)
      .map((row) => ({ profileId: row.values.profileId!, channel: row.values.channel ?? "", holdoutPct: row.values.holdoutPct! }));
    measures.set(objective, { objectiveId, profiles, holdouts });
  }
  return measures;
}

/** NO_HOLDOUT: an objective measuring lift or a rate whose profiles keep no control group. */
export function checkHoldouts(context: ValidationContext): Finding[] {
  const table = context.workbook.objectives;
  const result: Finding[] = [];
  for (const [objective, measure] of objectiveMeasures(context)) {
    if (!MEASURES_LIFT.test(objective.values.kpi ?? "") || measure.holdouts.length > 0) continue;
    const who =
      measure.profiles.length > 0
        ? `none of its profiles (${measure.profiles.join(", ")}) keeps a holdout`
        : `no profile of its lifecycle stage exists yet`;
    result.push(
      finding(
        "NO_HOLDOUT",
        { sheet: table.sheet, row: objective.row, column: labelOf(table, "kpi") },
        `${measure.objectiveId} measures ${objective.values.kpi}, but ${who}. Set Holdout % (e.g. 10) on one of their activations on 4 Activation, so lift can be measured against a control group.`,
      ),
    );
  }
  return result;
}
