import { roleHolder } from "../governance/roles";
import { ROLE_NAMES } from "../schema/roles";
import type { Pattern } from "../schema/vocabulary";
import { sheetForStage, STAGES, type Stage } from "../schema/workbook";
import type { ValidationContext } from "../validation/context";
import { COMPLIANCE_CODES, type Finding } from "../validation/finding";
import type { GraphNode, PlanDocument } from "./plan-document";

/**
 * The plan's dependency graph (DESIGN section 5): the five stages, the teams
 * (data engineering, legal, privacy) and one node per source system feeding
 * an attribute a profile uses. Edges follow the plan's pattern.
 */
export type DependencyGraph = PlanDocument["dependencyGraph"];

const STAGE_LABEL: Record<Stage, string> = {
  objectives: "Objective intake",
  attributes: "Attribute inventory",
  profiles: "Profile definition",
  activation: "Activation mapping",
  governance: "Governance plan",
};

export const DATA_CODES = new Set(["COVERAGE_SLA", "FRESHNESS"]);

export function dependencyGraph(context: ValidationContext, findings: readonly Finding[], pattern: Pattern): DependencyGraph {
  const { plan, governance } = context.workbook;
  const errorsOn = (sheet: string) => findings.filter((f) => f.sheet === sheet && f.severity === "error").length;
  const rowsOn: Record<Stage, number> = {
    objectives: context.workbook.objectives.rows.length,
    attributes: context.workbook.attributes.rows.length,
    profiles: context.workbook.profiles.rows.length,
    activation: context.workbook.activations.rows.length,
    governance: governance.rows.length,
  };
  const stageNode = (stage: Stage, owner: string | null): GraphNode => {
    const sheet = sheetForStage(stage).name;
    const errors = errorsOn(sheet);
    const remaining =
      rowsOn[stage] === 0 ? `${sheet} has no rows yet.` : errors > 0 ? `${sheet} has ${errors} error${errors === 1 ? "" : "s"}.` : "";
    return { id: `stage:${stage}`, kind: "stage", label: STAGE_LABEL[stage], owner, done: remaining === "", remaining };
  };
  // Each node's owner is its role's holder, or that role's fallback agent when the cell is empty (Plan sheet).
  const architect = roleHolder(plan.values, "architect")?.email ?? null;
  const privacyLead = roleHolder(plan.values, "privacyLead")?.email ?? null;
  const dataEngineer = roleHolder(plan.values, "customerDataEngineer")?.email ?? null;
  const stageOwner: Record<Stage, string | null> = {
    objectives: architect,
    attributes: dataEngineer,
    profiles: architect,
    activation: architect,
    governance: privacyLead,
  };
  const stages = STAGES.map((stage) => stageNode(stage, stageOwner[stage]));

  const dataIssues = findings.filter((f) => DATA_CODES.has(f.code)).length + errorsOn(context.workbook.attributes.sheet);
  const consentIssues = findings.filter((f) => COMPLIANCE_CODES.has(f.code)).length;
  const planApproval = governance.rows.find((row) => row.values.scope === "plan" && row.values.approver);
  const teams: GraphNode[] = [
    team(
      "data-engineering",
      "Data engineering",
      dataEngineer,
      !dataEngineer
        ? `The Plan names no ${ROLE_NAMES.customerDataEngineer} (nor a ${ROLE_NAMES.architect} to cover for one).`
        : dataIssues > 0
          ? `${dataIssues} attribute finding${dataIssues === 1 ? "" : "s"} (errors, coverage or freshness) to resolve.`
          : "",
    ),
    team(
      "legal",
      "Legal",
      planApproval?.values.approver ?? roleHolder(plan.values, "execSponsor")?.email ?? null,
      !planApproval
        ? "No Governance row of scope plan names an Approver."
        : !planApproval.values.approvedBy
          ? `${planApproval.values.approver} has not approved the plan yet (5 Governance row ${planApproval.row}).`
          : "",
    ),
    team(
      "privacy",
      "Privacy",
      privacyLead,
      !privacyLead
        ? `The Plan names no ${ROLE_NAMES.privacyLead} (nor an ${ROLE_NAMES.execSponsor} to cover for one).`
        : consentIssues > 0
          ? `${consentIssues} consent or sensitivity finding${consentIssues === 1 ? "" : "s"} to resolve.`
          : "",
    ),
  ];

  const sources = sourceNodes(context, findings);
  const stageId = (stage: Stage) => `stage:${stage}`;
  const spine: [Stage, Stage][] =
    pattern === "pipeline"
      ? [
          ["objectives", "attributes"],
          ["attributes", "profiles"],
          ["profiles", "activation"],
          ["activation", "governance"],
        ]
      : [
          ["objectives", "profiles"],
          ["attributes", "profiles"],
          ["profiles", "activation"],
          ["activation", "governance"],
        ];
  const edges = [
    ...spine.map(([from, to]) => ({ from: stageId(from), to: stageId(to) })),
    { from: "team:data-engineering", to: stageId("attributes") },
    { from: "team:privacy", to: stageId("activation") },
    { from: "team:legal", to: stageId("governance") },
    ...sources.map((source) => ({ from: source.id, to: stageId("attributes") })),
  ];
  const graph = { nodes: [...stages, ...teams, ...sources], edges };
  assertAcyclic(graph);
  return graph;
}

function team(id: string, label: string, owner: string | null, remaining: string): GraphNode {
  return { id: `team:${id}`, kind: "team", label, owner, done: remaining === "", remaining };
}

function sourceNodes(context: ValidationContext, findings: readonly Finding[]): GraphNode[] {
  const used = new Set<string>();
  for (const rows of context.usedAttributes.values()) rows.forEach((row) => used.add(row.values.attributeId!));
  const bySource = new Map<string, { rows: number[]; owners: Set<string> }>();
  for (const id of used) {
    const row = context.attributes.get(id)!;
    const source = row.values.sourceSystem;
    if (!source) continue;
    const entry = bySource.get(source) ?? { rows: [], owners: new Set<string>() };
    entry.rows.push(row.row);
    if (row.values.owner) entry.owners.add(row.values.owner);
    bySource.set(source, entry);
  }
  return [...bySource].map(([source, { rows, owners }]) => {
    const errors = findings.filter(
      (f) => f.sheet === context.workbook.attributes.sheet && f.severity === "error" && rows.includes(f.row),
    ).length;
    const remaining = errors > 0 ? `${errors} error${errors === 1 ? "" : "s"} on attributes from ${source}.` : "";
    return { id: `source:${source}`, kind: "source", label: source, owner: [...owners].join(", ") || null, done: !errors, remaining };
  });
}

/** Kahn's algorithm: a plan whose dependencies loop could never be finished. */
export function assertAcyclic(graph: DependencyGraph): void {
  const incoming = new Map(graph.nodes.map((node) => [node.id, 0]));
  for (const edge of graph.edges) incoming.set(edge.to, (incoming.get(edge.to) ?? 0) + 1);
  const ready = [...incoming].filter(([, count]) => count === 0).map(([id]) => id);
  let seen = 0;
  while (ready.length > 0) {
    const id = ready.pop()!;
    seen++;
    for (const edge of graph.edges.filter((e) => e.from === id)) {
      const left = incoming.get(edge.to)! - 1;
      incoming.set(edge.to, left);
      if (left === 0) ready.push(edge.to);
    }
  }
  if (seen !== incoming.size) throw new Error("The plan's dependency graph has a cycle, so it could never be finished.");
}
