import type { ApprovalItem, ApprovalsReport } from "../api/approvals";
import { canonicalJson } from "../plan/canonical-json";
import { fieldLabel, type ContentItem } from "./approval-content";
import { sameUser, type ApprovalState } from "./approval-state";

const CONTENT_LINES = 12;
const ERRORS_SHOWN = 3;
const ORDER: Record<ApprovalItem["status"], number> = { unverified: 0, stale: 1, restored: 2, awaiting: 3, "not required": 4, verified: 5 };

/** What the Approvals card shows `user`: their rows, those needing them first; the count of rows waiting for others. */
export function approvalsReport(states: readonly ApprovalState[], user: string): ApprovalsReport {
  const mine = states.filter((state) => sameUser(state.approver, user));
  const othersAwaiting = states.filter((state) => !sameUser(state.approver, user) && state.required && state.status !== "verified").length;
  return {
    user,
    items: mine.map(approvalItem).sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.row - b.row),
    othersAwaiting,
  };
}

export function approvalItem(state: ApprovalState): ApprovalItem {
  const lines = state.content.map(contentLine);
  return {
    row: state.row.row,
    scope: state.scope,
    item: state.item,
    approver: state.approver,
    status: state.status,
    hash: state.hash,
    content: lines.slice(0, CONTENT_LINES),
    moreContent: Math.max(0, lines.length - CONTENT_LINES),
    changes: state.changes,
    errors: state.errors.slice(0, ERRORS_SHOWN).map(({ sheet, row, column, message }) => ({ sheet, row, column, message })),
    errorCount: state.errors.length,
    lastApproval: state.record ? { by: state.record.approvedBy, on: state.record.approvedOn, hash: state.record.hash } : null,
  };
}

const text = (value: unknown) => (Array.isArray(value) ? value.join(", ") : typeof value === "string" ? value : canonicalJson(value));

/** "Attribute signup_date: Type date · Consent purposes analytics, personalization" (empty fields left out). */
function contentLine(item: ContentItem): string {
  const fields = Object.entries(item.values)
    .filter(([, value]) => value !== null && value !== "" && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${fieldLabel(item.section, key)} ${text(value)}`);
  const name =
    item.section === "plan" || item.section === "governance" ? SECTION_NAMES[item.section] : `${SECTION_NAMES[item.section]} ${item.id}`;
  return `${name}: ${fields.join(" · ") || "(no governed fields filled in)"}`;
}

const SECTION_NAMES: Record<ContentItem["section"], string> = {
  plan: "Plan inputs",
  attributes: "Attribute",
  profiles: "Profile",
  activations: "Activation",
  governance: "This Governance row",
};
