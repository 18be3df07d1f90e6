import * as z from "zod/mini";
import { FINDING_CODES } from "./finding";

/** The schemas of a validation report, shared by the sidebar API and the plan file. */
export const Finding = z.object({
  code: z.enum(FINDING_CODES as [string, ...string[]]),
  severity: z.enum(["error", "warning", "info"]),
  sheet: z.string(),
  row: z.int(),
  column: z.string(),
  message: z.string(),
});

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
      liftPct: z.nullable(z.number()),
      /** Baseline or target was typed as a percentage (22%): shown with its % sign. */
      percent: z.optional(z.boolean()),
    }),
  ),
});

export const ValidationSummary = z.object({
  errors: z.int(),
  warnings: z.int(),
  infos: z.int(),
  /** Errors and warnings per sheet, so the stage stepper can show them after a reload. */
  bySheet: z.record(z.string(), z.object({ errors: z.int(), warnings: z.int() })),
  text: z.string(),
});
