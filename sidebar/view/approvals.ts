import type { ApprovalItem, ApprovalsReport } from "../../src/domain/api/approvals";

export type { ApprovalItem };

/** The badge beside a row: what the approver has to do about it. */
export function approvalBadge(item: Pick<ApprovalItem, "status" | "lastApproval">): { text: string; kind: "ok" | "warning" | "error" } {
  switch (item.status) {
    case "verified":
      return { text: `Approved ${item.lastApproval?.on ?? ""}`.trim(), kind: "ok" };
    case "stale":
      return { text: "Changed since you approved", kind: "warning" };
    case "restored":
      return { text: "Restored from a plan file: approve again", kind: "warning" };
    case "unverified":
      return { text: "Typed by hand: not recorded", kind: "error" };
    default:
      return { text: "Awaiting your approval", kind: "warning" };
  }
}

/** Rows the approver still has to act on; those already current are only counted. */
export function pendingApprovals(report: ApprovalsReport): { pending: ApprovalItem[]; current: number } {
  const pending = report.items.filter((item) => item.status !== "verified");
  return { pending, current: report.items.length - pending.length };
}

/** Why the Approve button is unavailable, or null when it may be pressed. */
export function approveBlocked(item: Pick<ApprovalItem, "errorCount" | "status">): string | null {
  if (item.errorCount > 0)
    return `Fix ${item.errorCount === 1 ? "the error" : `the ${item.errorCount} errors`} on this item first, then check again.`;
  if (item.status === "verified") return "Already approved, and nothing changed since.";
  return null;
}

/** "plan *" reads as "the whole plan"; an item names its scope. */
export function approvalTitle(item: Pick<ApprovalItem, "scope" | "item">): string {
  if (item.item === "*") return item.scope === "plan" ? "The whole plan" : `Every ${item.scope}`;
  return `${item.scope[0].toUpperCase()}${item.scope.slice(1)} ${item.item}`;
}

export function summaryLine(report: ApprovalsReport): string {
  const { pending, current } = pendingApprovals(report);
  const parts = [
    pending.length === 0 ? "Nothing awaits your approval." : `${pending.length} awaiting your approval.`,
    current > 0 ? `${current} approved by you and still current.` : "",
    report.othersAwaiting > 0 ? `${report.othersAwaiting} awaiting someone else.` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

/** A finding's first sentence, for a list inside a small card: the sheet cell has the full note. */
export function firstSentence(message: string, max = 140): string {
  const line = message.split("\n")[0];
  const end = line.search(/[.?!](\s|$)/);
  const sentence = end >= 0 ? line.slice(0, end + 1) : line;
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}
