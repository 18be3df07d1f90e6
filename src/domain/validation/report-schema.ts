import * as z from "zod/mini";

/** The schemas of a validation report's figures, shared by the sidebar API and the plan file (findings: finding.ts). */

const percentOrNull = z.nullable(z.number().check(z.minimum(0), z.maximum(100)));

export const PlanMetrics = z.object({
  attributeCoveragePct: percentOrNull,
  consentIntegrityPct: percentOrNull,
  activationReadinessPct: percentOrNull,
  liftTargets: z.array(
    z.object({
      objectiveId: z.string(),
      kpi: z.nullable(z.string()),
      baseline: z.nullable(z.number()),
      target: z.nullable(z.number()),
      /** Relative lift target in % ((target − baseline) / baseline); null when it cannot be computed. */
      liftPct: z.nullable(z.number()),
      /** Baseline or target was typed as a percentage (22%): shown with its % sign. */
      percent: z.optional(z.boolean()),
    }),
  ),
});
export type PlanMetrics = z.output<typeof PlanMetrics>;
export type LiftTarget = PlanMetrics["liftTargets"][number];

export const ValidationSummary = z.object({
  errors: z.int(),
  warnings: z.int(),
  infos: z.int(),
  /** Errors and warnings per sheet, so the stage stepper can show them after a reload. */
  bySheet: z.record(z.string(), z.object({ errors: z.int(), warnings: z.int() })),
  /** One line for the sidebar and the Plan sheet. */
  text: z.string(),
});
export type ValidationSummary = z.output<typeof ValidationSummary>;
