import * as z from "zod/mini";
import { APPROVAL_STATUSES } from "../governance/approval-record";

/** The sidebar's Approvals card: the rows the signed-in user approves, with what each covers. */
export const ApprovalItem = z.object({
  row: z.int(),
  scope: z.string(),
  item: z.string(),
  approver: z.nullable(z.string()),
  status: z.enum(APPROVAL_STATUSES),
  /** The content hash the Approve button sends back: a row that changed meanwhile is refused. */
  hash: z.string(),
  /** The approved items, one line each ("attributes signup_date: Consent purposes analytics, personalization"). */
  content: z.array(z.string()),
  /** Content lines left out of a long list. */
  moreContent: z.int(),
  /** What changed since the last recorded approval. */
  changes: z.array(z.string()),
  /** Errors on the item: it cannot be approved until they are fixed. */
  errors: z.array(z.object({ sheet: z.string(), row: z.int(), column: z.string(), message: z.string() })),
  errorCount: z.int(),
  lastApproval: z.nullable(z.object({ by: z.string(), on: z.string(), hash: z.string() })),
});
export type ApprovalItem = z.output<typeof ApprovalItem>;

export const ApprovalsReport = z.object({
  /** Who the add-on was told is signed in (Session.getActiveUser). */
  user: z.string(),
  /** Rows this user approves, awaiting first. */
  items: z.array(ApprovalItem),
  /** Rows awaiting someone else's approval. */
  othersAwaiting: z.int(),
});
export type ApprovalsReport = z.output<typeof ApprovalsReport>;

export const ApproveInput = z.object({
  row: z.int({ error: "row must be the 5 Governance row number." }).check(z.minimum(2, { error: "row must be 2 or more." })),
  hash: z
    .string({ error: "hash must be the content hash the Approvals card showed." })
    .check(z.regex(/^[0-9a-f]{64}$/, { error: "hash must be the content hash the Approvals card showed." })),
});

export const ApproveResult = z.object({
  approved: z.object({ scope: z.string(), item: z.string(), approvedBy: z.string(), approvedOn: z.string(), hash: z.string() }),
  report: ApprovalsReport,
});
export type ApproveResult = z.output<typeof ApproveResult>;
