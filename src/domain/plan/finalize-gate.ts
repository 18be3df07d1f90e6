import type { GovernanceItem } from "../schema/governance";
import type { Finding } from "../validation/finding";
import type { TableRow } from "../validation/tables";
import type { DependencyGraph } from "./dependency-graph";

/**
 * The review gate (DESIGN section 4): a plan is finalized only with no error
 * findings, every dependency node done and every approval Governance names
 * recorded. Returns what blocks it, in words a reviewer can act on.
 */
export function finalizeBlockers(
  findings: readonly Finding[],
  graph: DependencyGraph,
  governance: readonly TableRow<GovernanceItem>[],
): string[] {
  const blockers: string[] = [];
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    const first = errors[0];
    blockers.push(
      `${errors.length} error${errors.length === 1 ? "" : "s"} to fix first (for example ${first.sheet} row ${first.row}, ${first.column || "sheet"}: ${first.message.split("\n")[0]})`,
    );
  }
  const approvals: string[] = [];
  const unrecorded = new Set<number>();
  for (const row of governance) {
    const { approver, approvedBy, approvedOn, scope, item } = row.values;
    if (approver && (!approvedBy || !approvedOn)) {
      unrecorded.add(row.row);
      approvals.push(
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
  blockers.push(...approvals);
  return blockers;
}
