import * as z from "zod/mini";
import { GOVERNANCE_SCOPES } from "../schema/vocabulary";

/** One item of approved content, as the approval saw it (kept to tell the approver what changed since). */
export const ApprovedItem = z.object({
  section: z.string(),
  id: z.string(),
  values: z.record(z.string(), z.unknown()),
});

/**
 * An approval the add-on recorded for the signed-in approver (document
 * properties). The plan file carries the same fields but `content`.
 */
export const ApprovalRecord = z.object({
  scope: z.enum(GOVERNANCE_SCOPES),
  item: z.string(),
  approvedBy: z.string(),
  /** ISO instant of the click (the script's clock). */
  approvedAt: z.string(),
  /** The calendar day written into Approved on, in the spreadsheet's time zone. */
  approvedOn: z.string(),
  /** SHA-256 of the approved content (approval-content.ts). */
  hash: z.string(),
  content: z.optional(z.array(ApprovedItem)),
  /**
   * Who imported the plan file this approval came from. A plan file can be
   * edited by hand and its hash recomputed, so a restored approval is the
   * record of one, not one the add-on saw being made: it counts again only
   * once its approver approves from the sidebar.
   */
  restoredBy: z.optional(z.string()),
});
export type ApprovalRecord = z.output<typeof ApprovalRecord>;

export const ApprovalStore = z.object({ records: z.array(ApprovalRecord) });
export type ApprovalStore = z.output<typeof ApprovalStore>;

export const EMPTY_APPROVALS: ApprovalStore = { records: [] };

export const APPROVAL_STATUSES = ["verified", "stale", "restored", "unverified", "awaiting", "not required"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
