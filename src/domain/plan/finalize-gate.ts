import type { ApprovalState } from "../governance/approval-state";
import type { GovernanceItem } from "../schema/governance";
import type { Finding } from "../validation/finding";
import type { TableRow } from "../validation/tables";
import type { DependencyGraph } from "./dependency-graph";

/** Approval findings are named one by one below, with the row and what to do. */
const APPROVAL_CODES = new Set(["APPROVAL_UNVERIFIED", "APPROVAL_STALE"]);

/**
 * The review gate (DESIGN section 4): a plan is finalized only with no error
 * findings, every dependency node done and every approval Governance names
 * recorded by its approver from the sidebar, none of them stale. Returns
 * what blocks it, in words a reviewer can act on. Without `approvals` (a
 * caller that has no recorded approvals to check) it only asks for the
 * cells to be filled in.
 */
export function finalizeBlockers(
  findings: readonly Finding[],
  graph: DependencyGraph,
  governance: readonly TableRow<GovernanceItem>[],
  approvals?: readonly ApprovalState[] | null,
): string[] {
  const blockers: string[] = [];
  const errors = findings.filter((f) => f.severity === "error" && !APPROVAL_CODES.has(f.code));
  if (errors.length > 0) {
    const first = errors[0];
    blockers.push(
      `${errors.length} error${errors.length === 1 ? "" : "s"} to fix first (for example ${first.sheet} row ${first.row}, ${first.column || "sheet"}: ${first.message.split("\n")[0]})`,
    );
  }
  const approvalLines: string[] = [];
  const unrecorded = new Set<number>();
  if (approvals) {
    for (const state of approvals) {
      const blocker = approvalBlocker(state);
      if (!blocker) continue;
      unrecorded.add(state.row.row);
      approvalLines.push(blocker);
    }
  }
  for (const row of approvals ? [] : governance) {
    const { approver, approvedBy, approvedOn, scope, item } = row.values;
    if (approver && (!approvedBy || !approvedOn)) {
      unrecorded.add(row.row);
      approvalLines.push(
        `The approval of ${approver} for ${scope ?? "?"} ${item ?? "?"} is not recorded: fill in Approved by and Approved on on 5 Governance row ${row.row}.`,
      );
    }
  }
  // A stage undone only for approvals listed below would say the same thing twice: each blocker is listed once.
  const onlyApprovals = (remaining: string) => {
    const rows = [...remaining.matchAll(/5 Governance row (\d+)/g)].map((match) => Number(match[1]));
    return rows.length > 0 && rows.every((row) => unrecorded.has(row)) && /approv/i.test(remaining);
  };
  for (const node of graph.nodes)
    if (!node.done && !onlyApprovals(node.remaining)) blockers.push(`${node.label} is not done: ${node.remaining}`);
  blockers.push(...approvalLines);
  return blockers;
}

function approvalBlocker(state: ApprovalState): string | null {
  const where = `5 Governance row ${state.row.row}`;
  const what = `${state.scope} ${state.item}`;
  const who = state.approver ?? "the Approver";
  switch (state.status) {
    case "awaiting":
      return `The approval of ${who} for ${what} is not recorded (${where}): ${who} approves it from the sidebar's Approvals card.`;
    case "restored":
      return `The approval of ${state.record!.approvedBy} for ${what} (${where}) was restored from an imported plan file, not made here: ${who} approves it again from the sidebar.`;
    case "unverified":
      return `The approval for ${what} on ${where} was not recorded by the add-on (Approved by says ${state.row.values.approvedBy || "nothing"}): typed values do not count. ${who} approves it from the sidebar.`;
    case "stale": {
      const since = state.changes.length > 0 ? ` (${state.changes.slice(0, 3).join("; ")})` : "";
      return `The approval of ${what} by ${state.record!.approvedBy} on ${state.record!.approvedOn} is stale: its content changed since${since}. ${who} approves it again (${where}).`;
    }
    default:
      return null;
  }
}
