import * as z from "zod/mini";
import { PlanStatus } from "../plan/plan-status";

/**
 * Escalations (DESIGN section 4): a consent or compliance blocker seen in two
 * validation runs, or an attribute missing its coverage SLA, climbs the
 * ladder one rung per further run while it persists.
 */
export const Escalation = z.object({
  /** Stable across runs: the finding code and the item it is about. */
  id: z.string(),
  code: z.string(),
  /** The item in words, e.g. "new-free-users → email (signup_date)". */
  item: z.string(),
  sheet: z.string(),
  row: z.int(),
  column: z.string(),
  rung: z.int().check(z.minimum(1), z.maximum(3)),
  role: z.string(),
  owner: z.nullable(z.string()),
  /** True when the rung was empty and the item's Fallback owner from Governance stands in. */
  ownerIsFallback: z.boolean(),
  /** The role whose holder covers an empty rung (the Plan sheet's fallback agents), or null. */
  coveredBy: z._default(z.nullable(z.string()), null),
  /** When it reached its current rung: it climbs once the Escalation interval has passed since. */
  climbedAt: z._default(z.string(), ""),
  /** People emailed that it reached them, in order. */
  told: z._default(z.array(z.string()), []),
  /** People it reached on an earlier rung while their email could not go (quota, a refused address): still owed it. */
  owed: z._default(z.array(z.string()), []),
  /** Of those told, the ones emailed its resolution. */
  resolutionTold: z._default(z.array(z.string()), []),
  reason: z.string(),
  openedAt: z.string(),
  updatedAt: z.string(),
  /** Validation runs in a row that saw the cause. */
  seenRuns: z.int(),
  status: z.enum(["open", "resolved"]),
  resolvedAt: z.nullable(z.string()),
  remediation: z.nullable(z.string()),
});
export type Escalation = z.output<typeof Escalation>;

/** Plan maintenance: what changed in the stage sheets since the last export. */
export const ChangedSinceExport = z.object({
  changed: z.boolean(),
  /** Sheets edited since the last export, e.g. ["2 Attributes", "5 Governance"]. */
  sheets: z.array(z.string()),
  edits: z.int(),
  since: z.nullable(z.string()),
});

export const Reminders = z.object({
  enabled: z.boolean(),
  /** Reviews whose Next review has passed, and open escalations, as last listed on the Plan sheet. */
  lastRunAt: z.nullable(z.string()),
});

export const LastExport = z.object({
  version: z.int(),
  status: PlanStatus,
  at: z.string(),
  fileUrl: z.nullable(z.string()),
  folderUrl: z.nullable(z.string()),
});
