import { finding, type Finding } from "../validation/finding";
import type { ApprovalState } from "./approval-state";
import { TABLE_SHEETS } from "../schema/workbook";

const SIDEBAR = "the sidebar's Approvals card (Export tab)";

/**
 * APPROVAL_UNVERIFIED: Approved by / Approved on hold something the add-on
 * did not record (typed by hand, or changed since), or restored from an
 * imported plan file (history, not an approval the add-on saw being made).
 * APPROVAL_STALE: a recorded approval whose content changed since in a way
 * that needs review.
 */
export function approvalFindings(states: readonly ApprovalState[], sheet: string = TABLE_SHEETS.governance.name): Finding[] {
  const result: Finding[] = [];
  for (const state of states) {
    const at = { sheet, row: state.row.row, column: "Approved by" };
    const what = `${state.scope} ${state.item}`;
    const asker = state.approver
      ? `ask ${state.approver} to approve it from ${SIDEBAR}`
      : "name an Approver, who approves it from the sidebar";
    if (state.status === "unverified") {
      const typed = state.row.values.approvedBy || "(empty)";
      result.push(
        finding(
          "APPROVAL_UNVERIFIED",
          at,
          `Approved by says ${typed} for ${what}, but the add-on recorded no such approval: typed values do not count. Clear Approved by and Approved on, and ${asker}.`,
        ),
      );
    } else if (state.status === "restored") {
      const record = state.record!;
      const changed = record.hash === state.hash ? "" : " Its content also changed since.";
      result.push(
        finding(
          "APPROVAL_UNVERIFIED",
          at,
          `${record.approvedBy} approved ${what} on ${record.approvedOn} according to the plan file ${record.restoredBy} imported, but an imported approval is a record of one, not an approval the add-on saw being made.${changed} To finalize, ${asker} again.`,
        ),
      );
    } else if (state.status === "stale") {
      const since =
        state.changes.length > 0 ? ` Since then: ${state.changes.slice(0, 5).join("; ")}${state.changes.length > 5 ? "; …" : ""}.` : "";
      result.push(
        finding(
          "APPROVAL_STALE",
          at,
          `${state.record!.approvedBy} approved ${what} on ${state.record!.approvedOn}, but its content changed in a way that needs review (hash ${state.record!.hash.slice(0, 12)} no longer matches).${since} To finalize, ${asker} again.`,
        ),
      );
    }
  }
  return result;
}
