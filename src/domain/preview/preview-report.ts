import type { PreviewReport } from "../api/insight";
import type { ValidationContext } from "../validation/context";
import { finding } from "../validation/finding";
import { isCheckedLogic } from "../validation/profile-logic";
import { labelOf } from "../validation/tables";
import { previewAudiences } from "./audiences";
import { compileProfileEvaluator } from "./membership";
import type { SampleData } from "./sample-data";

/**
 * Preview audiences: the validated profiles run on the sample people.
 * A profile whose members all go to higher-priority profiles on a channel is
 * SHADOWED_PROFILE on that activation, with the counts that prove it.
 */
export function previewReport(context: ValidationContext, sample: SampleData, now: Date): PreviewReport {
  const evaluators = [...context.logic.values()].filter(isCheckedLogic).map((logic) =>
    compileProfileEvaluator({
      id: logic.row.values.profileId!,
      priority: logic.row.values.priority ?? null,
      eligibility: logic.eligibility,
      suppression: logic.suppression,
      score: logic.score,
      scoreThreshold: logic.row.values.scoreThreshold ?? null,
    }),
  );
  const activations = context.workbook.activations.rows
    .filter((row) => row.values.profileId && row.values.channel)
    .map((row) => ({ profileId: row.values.profileId!, channel: row.values.channel! }));
  const preview = previewAudiences({ profiles: evaluators, activations, people: sample.people, now });

  const table = context.workbook.activations;
  const findings = preview.shadowed.flatMap((shadow) => {
    const row = table.rows.find((r) => r.values.profileId === shadow.profileId && r.values.channel === shadow.channel);
    const members = preview.profiles.find((p) => p.profileId === shadow.profileId)?.members ?? 0;
    if (!row) return [];
    return [
      finding(
        "SHADOWED_PROFILE",
        { sheet: table.sheet, row: row.row, column: labelOf(table, "profileId") },
        `On the sample data, all ${members} members of ${shadow.profileId} on ${shadow.channel} go to ${shadow.shadowedBy.join(", ")} first, so it receives nobody. Lower the other profile's priority, narrow it, or retire this activation.`,
      ),
    ];
  });
  const profiles = context.workbook.profiles;
  if (sample.people.length > 0) {
    for (const audience of preview.profiles.filter((p) => p.members === 0)) {
      const row = context.logic.get(audience.profileId)!.row;
      findings.push(
        finding(
          "DEAD_LOGIC",
          { sheet: profiles.sheet, row: row.row, column: labelOf(profiles, "eligibility") },
          `On the sample data (${sample.people.length} people), nobody is a member of ${audience.profileId} (${audience.eligible} eligible, ${audience.suppressed} suppressed, ${audience.belowThreshold} below threshold). Check the conditions against real values.`,
        ),
      );
    }
  }
  return {
    totalRows: sample.sample.totalRows,
    rowsUsed: sample.sample.usedRows,
    sampleNote: sample.sample.sampled ? sample.sample.note : "",
    problems: sample.problems,
    problemCount: sample.problemCount,
    missingColumns: sample.missingColumns,
    profiles: preview.profiles,
    channels: preview.channels.map((tree) => ({ channel: tree.channel, branches: tree.branches, reached: tree.reached })),
    overlap: preview.overlap,
    findings,
  };
}
