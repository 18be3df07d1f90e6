import type { ApprovalState } from "../governance/approval-state";
import type { GovernanceItem } from "../schema/governance";
import type { Finding } from "../validation/finding";
import type { TableRow } from "../validation/tables";
import { sheetForStage, STAGES } from "../schema/workbook";
import { DATA_CODES, type DependencyGraph } from "./dependency-graph";
import type { GraphNode } from "./plan-document";

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
  if (errors.length > 0) blockers.push(errorsLine(errors));
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
  const counted = countedAbove(errors, findings);
  for (const node of graph.nodes)
    if (!node.done && !onlyApprovals(node.remaining) && !counted(node)) blockers.push(`${node.label} is not done: ${node.remaining}`);
  blockers.push(...approvalLines);
  return blockers;
}

/** All the errors in one line, per sheet, so no other line has to count them again. */
function errorsLine(errors: readonly Finding[]): string {
  const perSheet = new Map<string, number>();
  for (const finding of errors) perSheet.set(finding.sheet, (perSheet.get(finding.sheet) ?? 0) + 1);
  const first = errors[0];
  const where = perSheet.size > 1 ? `: ${[...perSheet].map(([sheet, count]) => `${count} on ${sheet}`).join(", ")}` : "";
  return `${plural(errors.length, "error")} to fix first${where} (for example ${first.sheet} row ${first.row}, ${first.column || "sheet"}: ${first.message.split("\n")[0]})`;
}

/**
 * Nodes whose only reason is a count of the errors listed above: a stage whose
 * sheet has errors, a source system (its attributes' errors), Privacy (its
 * consent findings are errors) and Data engineering when no coverage or
 * freshness warning adds to its count. A team without an owner is still
 * listed: an empty Plan cell is not a finding.
 */
function countedAbove(errors: readonly Finding[], findings: readonly Finding[]): (node: GraphNode) => boolean {
  if (errors.length === 0) return () => false;
  const sheets = new Set(errors.map((f) => f.sheet));
  const stageSheet = new Map(STAGES.map((stage) => [`stage:${stage}`, sheetForStage(stage).name]));
  const dataWarnings = findings.some((f) => DATA_CODES.has(f.code));
  return (node) => {
    if (node.kind === "stage") return sheets.has(stageSheet.get(node.id) ?? "");
    if (node.kind === "source") return true;
    if (node.owner === null) return false;
    if (node.id === "team:privacy") return true;
    return node.id === "team:data-engineering" && !dataWarnings;
  };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

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
