import * as z from "zod/mini";
import { WarehouseEstimate } from "../api/warehouse";
import { PlanStatus } from "./plan-status";
import { Escalation } from "../api/collaboration";
import { Finding } from "../validation/finding";
import { PlanMetrics, ValidationSummary } from "../validation/report-schema";
import { EDITED_TABLE_KEYS } from "../schema/workbook";
import { RECORDED_ROWS } from "./recorded-rows";
import { TestResult } from "../analysis/profile-tests/run-test";
import { ActivationChecklist } from "../validation/checklist";
import { CHANNELS, PATTERNS } from "../schema/vocabulary";
import { DIALECTS } from "../sql/dialect";
import { APPROVAL_STATUSES } from "../governance/approval-record";

/**
 * The plan file (DESIGN section 5): the source of truth for its JSON Schema
 * (npm run schema), for the export builder and for import. Each table's
 * rows reuse its sheet's row schema from the sheet registry, so a column is
 * described once.
 */
export const SCHEMA_VERSION = 1 as const;

const text = z.nullable(z.string());

export const GraphNode = z.object({
  id: z.string(),
  kind: z.enum(["stage", "team", "source"]),
  label: z.string(),
  owner: text,
  done: z.boolean(),
  /** Why the node is not done yet, in a sentence (empty when done). */
  remaining: z.string(),
});
export type GraphNode = z.output<typeof GraphNode>;

export const ChecklistRow = z.object({ profileId: z.string(), channel: z.string(), ...ActivationChecklist.shape });

export const Change = z.object({
  /** The Plan's inputs, or a sheet people edit, by its key. */
  section: z.enum(["inputs", ...EDITED_TABLE_KEYS]),
  id: z.string(),
  change: z.enum(["added", "removed", "changed"]),
  field: z.optional(z.string()),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
  breaking: z.boolean(),
  reason: z.optional(z.string()),
  /** A governance-relevant field (consent, sensitivity, usage labels, SLAs, owners, approvals): a reviewer must look at it. */
  review: z.optional(z.boolean()),
});
export type Change = z.output<typeof Change>;

/** Each Governance row's approval: who approved, when, and the hash of the content approved (issue 15). */
export const PlanApproval = z.object({
  row: z.int(),
  scope: z.string(),
  item: z.string(),
  approver: text,
  status: z.enum(APPROVAL_STATUSES),
  approvedBy: text,
  approvedAt: text,
  approvedOn: text,
  /** The hash the approval recorded (null when none was recorded). */
  hash: text,
  /** The hash of the same content in this plan: equal to `hash` unless the approval is stale. */
  contentHash: z.string(),
});

/** The Change log's hash chain as exported: the last row's hash, and where it broke, if it did. */
export const ChainHead = z.object({ hash: text, hashedRows: z.int(), brokenAtRow: z.nullable(z.int()) });

/** One channel's decision tree: its profiles in the order a person is given the first they qualify for. */
export const PlanDecisionTree = z.object({
  channel: z.enum(CHANNELS),
  /** Worst-case messages per person per week on the channel, after the tree (frequencyCaps). */
  worstPerWeek: z.nullable(z.number()),
  profiles: z.array(
    z.object({
      profileId: z.string(),
      priority: z.nullable(z.number()),
      rank: z.int(),
      /** Other profiles of equal or blank priority: their order is only the sheet's row order (PRIORITY_TIE). */
      tiedWith: z.array(z.string()),
      /** Higher-ranked profiles always take this one's members: it receives nobody here (SHADOWED_PROFILE). */
      shadowed: z.boolean(),
      /** The activation's Frequency cap as typed (null: the channel's default). */
      frequencyCap: text,
      /** How long membership lasts after the person stops qualifying, in hours (Decay window); null: none. */
      membershipTtlHours: z.nullable(z.number()),
    }),
  ),
});

export const PlanDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  version: z.int().check(z.minimum(1)),
  status: PlanStatus,
  exportedAt: z.string(),
  exportedBy: z.string(),
  contentHash: z.string(),
  initiative: z.string(),
  pattern: z.enum(PATTERNS),
  inputs: z.object({
    channels: z.array(z.enum(CHANNELS)),
    metrics: text,
    constraints: text,
    timeline: text,
  }),
  objectives: z.array(RECORDED_ROWS.objectives),
  dataSources: z.array(z.object({ name: z.string(), attributes: z.array(z.string()), owners: z.array(z.string()) })),
  attributes: z.array(RECORDED_ROWS.attributes),
  profiles: z.array(
    z.extend(RECORDED_ROWS.profiles, {
      references: z.array(z.string()),
      /** Membership in each warehouse dialect; null while the logic has errors. */
      sql: z.nullable(z.record(z.enum(DIALECTS), z.object({ where: z.string(), select: z.string() }))),
      document: z.object({ markdown: z.string(), docUrl: text }),
    }),
  ),
  activations: z.array(RECORDED_ROWS.activations),
  activationChecklist: z.array(ChecklistRow),
  governance: z.array(RECORDED_ROWS.governance),
  tests: z.array(
    z.extend(RECORDED_ROWS.tests, {
      result: z.nullable(TestResult),
    }),
  ),
  frequencyCaps: z.array(
    z.object({
      channel: z.enum(CHANNELS),
      worstPerWeek: z.number(),
      worstProfileId: z.string(),
      profiles: z.array(
        z.object({ profileId: z.string(), priority: z.nullable(z.number()), messagesPerWeek: z.number(), usesDefault: z.boolean() }),
      ),
    }),
  ),
  dependencyGraph: z.object({ nodes: z.array(GraphNode), edges: z.array(z.object({ from: z.string(), to: z.string() })) }),
  errorHandling: z.object({
    retryLimit: z.int(),
    backoff: z.object({ strategy: z.literal("exponential"), initialDelayMs: z.int(), factor: z.number() }),
    escalationLadder: z.array(z.object({ rung: z.int(), role: z.string(), email: text })),
    /** Added with the timed ladder: absent in older plans. */
    escalationIntervalHours: z.optional(z.number()),
    customerDataEngineer: z.optional(text),
    fallbackAgents: z.optional(z.array(z.object({ role: z.string(), email: text, coveredBy: z.array(z.string()) }))),
    triggers: z.array(z.string()),
  }),
  successMetrics: z.extend(PlanMetrics, {
    objectives: z.array(
      z.object({
        objectiveId: z.string(),
        profiles: z.array(z.string()),
        holdouts: z.array(z.object({ profileId: z.string(), channel: z.string(), holdoutPct: z.number() })),
      }),
    ),
  }),
  validation: z.extend(ValidationSummary, { findings: z.array(Finding) }),
  /** Open escalations and the resolved ones kept as history, each with its rung, owner and remediation. */
  escalations: z.array(Escalation),
  /** The last Estimate on warehouse: its query text, bytes, BigQuery job ID, time and counts (absent before the first). */
  audienceEstimates: z.optional(z.array(WarehouseEstimate)),
  changes: z.array(Change),
  changeLog: z.array(RECORDED_ROWS.changeLog),
  approvals: z.optional(z.array(PlanApproval)),
  changeLogHead: z.optional(ChainHead),
  decisionTrees: z.optional(z.array(PlanDecisionTree)),
});

export type PlanDocument = z.output<typeof PlanDocument>;
export type RecordedRow = Record<string, unknown> & { invalid?: Record<string, string> };
