import type { PlanDocument } from "../plan/plan-document";
import { GOVERNANCE_SCOPES } from "../schema/vocabulary";
import type { ApprovalRecord, ApprovalStore } from "./approval-record";

type Scope = ApprovalRecord["scope"];
const isScope = (scope: string): scope is Scope => (GOVERNANCE_SCOPES as readonly string[]).includes(scope);

/**
 * The approval store after importing `plan`: the approvals its file records
 * (user, time, hash), marked as restored by `importer` (they read as
 * restored, to be approved again, see ApprovalRecord), and no others, since the imported Governance sheet
 * replaces the one they were made on. A record already stored for the same
 * approval is kept as it is (it carries the approved content, which the
 * file does not). `restored` lists the records the import adds; null when
 * the file carries no `approvals` (an older plan file): then the store
 * stays as it is.
 */
export function importedApprovals(
  plan: Pick<PlanDocument, "approvals">,
  current: ApprovalStore,
  importer: string,
): { store: ApprovalStore; restored: ApprovalRecord[] } | null {
  if (!plan.approvals) return null;
  const records: ApprovalRecord[] = [];
  const restored: ApprovalRecord[] = [];
  for (const approval of plan.approvals) {
    const { scope, item, approvedBy, approvedAt, approvedOn, hash } = approval;
    if (!approvedBy || !approvedAt || !approvedOn || !hash || !isScope(scope)) continue;
    const kept = current.records.find(
      (r) => r.scope === scope && r.item === item && r.approvedBy === approvedBy && r.approvedAt === approvedAt && r.hash === hash,
    );
    if (kept && kept.approvedOn === approvedOn) {
      records.push(kept);
      continue;
    }
    const record: ApprovalRecord = { scope, item, approvedBy, approvedAt, approvedOn, hash, restoredBy: importer };
    records.push(record);
    restored.push(record);
  }
  return { store: { records }, restored };
}

/** Whether two stores hold the same approvals (nothing to write). */
export function sameApprovals(a: ApprovalStore, b: ApprovalStore): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
