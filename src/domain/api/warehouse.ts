// Estimate on warehouse: what the sidebar gets back and what the document
// keeps (the last estimate, read back with this schema, never cast).

import * as z from "zod/mini";
import { finding, type Finding as FindingRecord } from "../validation/finding";
import { Finding } from "../validation/finding";
import type { ValidationContext } from "../validation/context";
import { TABLE_SHEETS } from "../schema/workbook";

/** Typed Coverage % may exceed the measured share by this many points before it is a finding. */
export const COVERAGE_TOLERANCE_POINTS = 5;

const count = z.int().check(z.minimum(0));

export const WarehouseEstimate = z.object({
  query: z.string(),
  bytes: z.number(),
  jobId: z.string(),
  /** ISO time the scan ran. */
  at: z.string(),
  table: z.string(),
  billingProject: z.string(),
  people: count,
  profiles: z.array(z.object({ profileId: z.string(), eligible: count, suppressed: count, belowThreshold: count, members: count })),
  /** Profiles left out of the scan because their logic does not check, each with the first reason. */
  notEstimated: z._default(z.array(z.object({ profileId: z.string(), why: z.string() })), []),
  channels: z.array(
    z.object({
      channel: z.string(),
      reached: count,
      activated: count,
      branches: z.array(z.object({ profileId: z.string(), receives: count, heldOut: count, activated: count })),
    }),
  ),
  coverage: z.array(
    z.object({
      attributeId: z.string(),
      column: z.string(),
      nonNull: count,
      measuredPct: z.nullable(z.number()),
      typedPct: z.nullable(z.number()),
    }),
  ),
});
export type WarehouseEstimate = z.output<typeof WarehouseEstimate>;

export const WarehouseEstimateInput = z.optional(
  z.object({ confirmBytes: z.optional(z.number({ error: "confirmBytes must be the byte count the dry run reported." })) }),
);

export const WarehouseEstimateResult = z.union([
  z.object({
    /** The dry run found more bytes than the Plan's limit: run again with confirmBytes to go ahead. */
    status: z.literal("confirm"),
    bytes: z.number(),
    limitBytes: z.number(),
    query: z.string(),
    previous: z.nullable(WarehouseEstimate),
  }),
  z.object({ status: z.literal("done"), estimate: WarehouseEstimate, findings: z.array(Finding) }),
]);
export type WarehouseEstimateResult = z.output<typeof WarehouseEstimateResult>;

/** COVERAGE_MEASURED: the typed Coverage % claims more than the warehouse holds, by more than the tolerance. */
export function coverageFindings(estimate: WarehouseEstimate, context: ValidationContext): FindingRecord[] {
  return estimate.coverage.flatMap(({ attributeId, measuredPct, typedPct }) => {
    if (typedPct === null || measuredPct === null || typedPct <= measuredPct + COVERAGE_TOLERANCE_POINTS) return [];
    const row = context.attributes.get(attributeId)?.row ?? 0;
    return [
      finding(
        "COVERAGE_MEASURED",
        { sheet: TABLE_SHEETS.attributes.name, row, column: "Coverage %" },
        `${attributeId}: Coverage % says ${typedPct}%, but ${estimate.table} has a value for ${measuredPct}% of people (measured ${estimate.at.slice(0, 10)}). Lower it or fix the data.`,
      ),
    ];
  });
}
