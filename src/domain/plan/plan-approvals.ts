import type { ApprovalState } from "../governance/approval-state";
import type { ChainCheck } from "../change-log/hash-chain";
import type { Change } from "./plan-document";

/** The plan file's `approvals`: one per Governance row with an Item. */
export function planApprovals(states: readonly ApprovalState[]) {
  return states.map((state) => ({
    row: state.row.row,
    scope: state.scope,
    item: state.item,
    approver: state.approver,
    status: state.status,
    approvedBy: state.record?.approvedBy ?? null,
    approvedAt: state.record?.approvedAt ?? null,
    approvedOn: state.record?.approvedOn ?? null,
    hash: state.record?.hash ?? null,
    contentHash: state.hash,
  }));
}

export function chainHead(chain: ChainCheck) {
  return { hash: chain.head, hashedRows: chain.hashedRows, brokenAtRow: chain.broken?.row ?? null };
}

/** Fields a privacy or governance reviewer signs off on (issue 15): a change to one is marked for review. */
const REVIEWED_FIELDS = new Set([
  "consentPurposes",
  "consentPurpose",
  "sensitivity",
  "usageLabels",
  "coverageSlaPct",
  "freshnessSlaHours",
  "owner",
  "fallbackOwner",
  "approver",
  "approvedBy",
  "approvedOn",
  "architect",
  "privacyLead",
  "execSponsor",
  "customerDataEngineer",
]);

export function markForReview(changes: readonly Change[]): Change[] {
  return changes.map((change) =>
    change.field && REVIEWED_FIELDS.has(change.field)
      ? { ...change, review: true, reason: change.reason ?? "governance-relevant field: review it" }
      : change,
  );
}
