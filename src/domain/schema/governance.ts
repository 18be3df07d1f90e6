import * as z from "zod/mini";
import { dateColumn, enumColumn, textColumn } from "./columns";
import { GOVERNANCE_SCOPES, QA_CADENCES } from "./vocabulary";

export const GovernanceRow = z.object({
  scope: enumColumn(GOVERNANCE_SCOPES, { label: "Scope", note: `What the row governs: ${GOVERNANCE_SCOPES.join(", ")}.`, required: true }),
  item: textColumn({
    label: "Item",
    note: "An attribute, profile or activation ID, a source system, or * for everything in the scope.",
    required: true,
  }),
  owner: textColumn({ label: "Owner", note: "Who owns the item (name or email)." }),
  fallbackOwner: textColumn({ label: "Fallback owner", note: "Who stands in when the owner or an escalation rung is unavailable." }),
  approver: textColumn({ label: "Approver", note: "Who must approve before the plan is finalized." }),
  qaCadence: enumColumn(QA_CADENCES, { label: "QA cadence", note: `How often the item is reviewed: ${QA_CADENCES.join(", ")}.` }),
  changeCheckpoint: textColumn({ label: "Change checkpoint", note: "What must happen before the item changes, e.g. privacy review." }),
  nextReview: dateColumn({ label: "Next review", note: "Date of the next review (e.g. 2026-12-01)." }),
  approvedBy: textColumn({ label: "Approved by", note: "Who approved; required for Finalize when an Approver is named." }),
  approvedOn: dateColumn({ label: "Approved on", note: "When it was approved." }),
});

export type GovernanceItem = z.output<typeof GovernanceRow>;
