import { describe, expect, it } from "vitest";
import type { ApprovalItem, ApprovalsReport } from "../../src/domain/api/approvals";
import { approvalBadge, approvalTitle, approveBlocked, firstSentence, pendingApprovals, summaryLine } from "../../sidebar/view/approvals";

const item = (overrides: Partial<ApprovalItem> = {}): ApprovalItem => ({
  row: 2,
  scope: "plan",
  item: "*",
  approver: "priya@example.com",
  status: "awaiting",
  hash: "a".repeat(64),
  content: [],
  moreContent: 0,
  changes: [],
  errors: [],
  errorCount: 0,
  lastApproval: null,
  ...overrides,
});
const report = (items: ApprovalItem[], othersAwaiting = 0): ApprovalsReport => ({ user: "priya@example.com", items, othersAwaiting });

describe("the Approvals card's view", () => {
  it("tells the approver what each row needs from them", () => {
    expect(approvalBadge(item())).toEqual({ text: "Awaiting your approval", kind: "warning" });
    expect(approvalBadge(item({ status: "stale" }))).toEqual({ text: "Changed since you approved", kind: "warning" });
    expect(approvalBadge(item({ status: "unverified" }))).toEqual({ text: "Typed by hand: not recorded", kind: "error" });
    expect(approvalBadge(item({ status: "verified", lastApproval: { by: "priya@example.com", on: "2026-12-02", hash: "b" } }))).toEqual({
      text: "Approved 2026-12-02",
      kind: "ok",
    });
  });

  it("says why Approve cannot be pressed", () => {
    expect(approveBlocked(item())).toBeNull();
    expect(approveBlocked(item({ errorCount: 1 }))).toBe("Fix the error on this item first, then check again.");
    expect(approveBlocked(item({ errorCount: 3 }))).toBe("Fix the 3 errors on this item first, then check again.");
    expect(approveBlocked(item({ status: "verified" }))).toBe("Already approved, and nothing changed since.");
  });

  it("names the item in words", () => {
    expect(approvalTitle(item())).toBe("The whole plan");
    expect(approvalTitle(item({ scope: "attribute" }))).toBe("Every attribute");
    expect(approvalTitle(item({ scope: "profile", item: "growing-teams" }))).toBe("Profile growing-teams");
  });

  it("lists what is pending and counts the rest", () => {
    const mixed = report([item(), item({ row: 3, status: "verified" })], 2);
    expect(pendingApprovals(mixed).pending.map((i) => i.row)).toEqual([2]);
    expect(summaryLine(mixed)).toBe("1 awaiting your approval. 1 approved by you and still current. 2 awaiting someone else.");
    expect(summaryLine(report([]))).toBe("Nothing awaits your approval.");
  });

  it("keeps a finding's first sentence", () => {
    expect(firstSentence('Unknown attribute "signup_dat". Did you mean "signup_date"?')).toBe('Unknown attribute "signup_dat".');
    expect(firstSentence("x".repeat(200))).toHaveLength(140);
  });
});
