import { canonicalJson } from "../plan/canonical-json";
import type { GovernanceItem } from "../schema/governance";
import type { ValidationContext } from "../validation/context";
import type { Finding } from "../validation/finding";
import type { TableRow } from "../validation/tables";
import { approvalContent, fieldLabel, type ContentItem } from "./approval-content";
import type { ApprovalRecord, ApprovalStatus } from "./approval-record";

export interface ApprovalState {
  row: TableRow<GovernanceItem>;
  scope: string;
  item: string;
  /** Who approves: the Approver, or the Fallback owner when the Approver is empty. */
  approver: string | null;
  /** Finalize waits for it: an Approver is named, or someone filled in Approved by. */
  required: boolean;
  status: ApprovalStatus;
  record: ApprovalRecord | null;
  content: ContentItem[];
  hash: string;
  /** What changed in the approved content since the recorded approval, one line each. */
  changes: string[];
  /** Error findings on the approved content: an item with errors cannot be approved. */
  errors: Finding[];
}

export const sameUser = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b) && a!.trim().toLowerCase() === b!.trim().toLowerCase();

const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? "").slice(0, 10));

/** Every Governance row's approval, checked against what the add-on recorded and what the sheets hold now. */
export function approvalStates(
  context: ValidationContext,
  records: readonly ApprovalRecord[],
  findings: readonly Finding[],
): ApprovalState[] {
  const errors = findings.filter((f) => f.severity === "error");
  return context.workbook.governance.rows
    .filter((row) => row.values.scope && row.values.item)
    .map((row) => {
      const { scope, item, approver, fallbackOwner, approvedBy, approvedOn } = row.values;
      const content = approvalContent(context, row);
      const record = records.find((r) => r.scope === scope && r.item === item) ?? null;
      const typed = Boolean(approvedBy || approvedOn);
      const who = approver || fallbackOwner || null;
      const cellsMatch = record !== null && sameUser(approvedBy, record.approvedBy) && dayOf(approvedOn) === record.approvedOn;
      const status: ApprovalStatus =
        record && cellsMatch
          ? record.restoredBy !== undefined
            ? "restored"
            : record.hash === content.hash
              ? "verified"
              : "stale"
          : typed
            ? "unverified"
            : approver
              ? "awaiting"
              : "not required";
      const rows = new Set(content.items.map((c) => `${c.sheet}\u0000${c.row}`));
      return {
        row,
        scope: scope!,
        item: item!,
        approver: who,
        required: Boolean(approver) || typed,
        status,
        record,
        content: content.items,
        hash: content.hash,
        changes: record?.content ? changesSince(record.content, content.items) : [],
        errors: scope === "plan" ? errors : errors.filter((f) => rows.has(`${f.sheet}\u0000${f.row}`)),
      };
    });
}

const show = (value: unknown) =>
  value === null || value === undefined || value === "" ? "(empty)" : canonicalJson(value).replace(/^"|"$/g, "");

/** "attributes signup_date: Coverage SLA % 90 → 85", "activations trial/email: added". */
export function changesSince(
  before: readonly { section: string; id: string; values: Record<string, unknown> }[],
  after: readonly ContentItem[],
): string[] {
  const key = (c: { section: string; id: string }) => `${c.section}\u0000${c.id}`;
  const old = new Map(before.map((c) => [key(c), c]));
  const lines: string[] = [];
  for (const now of after) {
    const was = old.get(key(now));
    old.delete(key(now));
    if (!was) {
      lines.push(`${now.section} ${now.id}: added`);
      continue;
    }
    for (const field of Object.keys(now.values)) {
      if (canonicalJson(was.values[field] ?? null) !== canonicalJson(now.values[field] ?? null))
        lines.push(`${now.section} ${now.id}: ${fieldLabel(now.section, field)} ${show(was.values[field])} → ${show(now.values[field])}`);
    }
  }
  for (const gone of old.values()) lines.push(`${gone.section} ${gone.id}: removed`);
  return lines;
}
