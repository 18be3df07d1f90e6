import type { Escalation } from "../api/collaboration";
import type { WarehouseEstimate } from "../api/warehouse";
import type { Node } from "../logic";
import { activationChecklist } from "../validation/checklist";
import type { ValidationResult } from "../validation/validate";
import { hashedContent } from "./canonical-json";
import { dependencyGraph } from "./dependency-graph";
import { diffPlans } from "./diff-plans";
import { errorHandling } from "./error-handling";
import { frequencyCaps } from "./frequency-caps";
import { profileSql } from "./profile-sql";
import { objectiveMeasures } from "../validation/checks/holdouts";
import type { PlanDocument } from "./plan-document";
import { SCHEMA_VERSION } from "./plan-document";
import type { PlanStatus } from "./plan-status";
import { recordRows } from "./recorded-rows";
import { decisionTrees } from "./decision-trees";
import { chainHead, markForReview, planApprovals } from "./plan-approvals";

export interface ExportFacts {
  version: number;
  status: PlanStatus;
  exportedAt: string;
  exportedBy: string;
  previous: PlanDocument | null;
  /** Link of each profile's Google Doc, by Profile ID, when one exists. */
  docUrls: Readonly<Record<string, string>>;
  /** SHA-256 of a text, as lowercase hex (Utilities.computeDigest in Apps Script). */
  digest: (text: string) => string;
  /** The eligibility + suppression document of a profile, as Markdown. */
  document: (profileId: string, logic: { eligibility?: Node; suppression?: Node; score?: Node }) => string;
  /** The escalation state kept between validation runs (none outside Apps Script). */
  escalations?: readonly Escalation[];
  /** The last warehouse estimate kept in the document, if any. */
  audienceEstimate?: WarehouseEstimate | null;
}

/** The plan file built from a validated workbook: pure, so tests, the CLI and Apps Script share it. */
export function buildPlan(result: ValidationResult, facts: ExportFacts): PlanDocument {
  const { context, findings, metrics, summary } = result;
  const { workbook } = context;
  const plan = workbook.plan.values;
  const pattern = plan.pattern ?? "diamond";
  const loads = frequencyCaps(context);
  const withoutHash = {
    schemaVersion: SCHEMA_VERSION,
    id: plan.planId ?? "",
    version: facts.version,
    status: facts.status,
    exportedAt: facts.exportedAt,
    exportedBy: facts.exportedBy,
    initiative: plan.initiative ?? "",
    pattern,
    inputs: {
      channels: plan.channels ?? [],
      metrics: plan.metrics ?? null,
      constraints: plan.constraints ?? null,
      timeline: plan.timeline ?? null,
    },
    objectives: recordRows(workbook, "objectives"),
    dataSources: dataSources(workbook.attributes.rows.map((row) => row.values)),
    attributes: recordRows(workbook, "attributes"),
    profiles: recordRows(workbook, "profiles").map((row) => {
      const id = String(row.profileId ?? "");
      const logic = context.logic.get(id);
      return {
        ...row,
        references: logic ? [...logic.references] : [],
        sql: logic ? profileSql(logic, context) : null,
        document: { markdown: logic ? facts.document(id, logic) : "", docUrl: facts.docUrls[id] ?? null },
      };
    }),
    activations: recordRows(workbook, "activations"),
    activationChecklist: workbook.activations.rows.flatMap((row) => {
      const { profileId, channel } = row.values;
      return profileId && channel ? [{ profileId, channel, ...activationChecklist(context, row) }] : [];
    }),
    governance: recordRows(workbook, "governance"),
    tests: recordRows(workbook, "tests").map((row, index) => ({
      ...row,
      result: result.testResults.get(workbook.tests.rows[index].row) ?? null,
    })),
    frequencyCaps: loads,
    dependencyGraph: dependencyGraph(context, findings, pattern),
    errorHandling: errorHandling(plan),
    // How a figure was typed (percent) is for the sidebar; the plan file keeps the numbers.
    successMetrics: {
      ...metrics,
      liftTargets: metrics.liftTargets.map(({ percent: _typed, ...target }) => target),
      objectives: [...objectiveMeasures(context).values()],
    },
    validation: { ...summary, findings },
    escalations: [...(facts.escalations ?? [])],
    ...(facts.audienceEstimate ? { audienceEstimates: [facts.audienceEstimate] } : {}),
    changeLog: recordRows(workbook, "changeLog"),
    ...(result.approvals ? { approvals: planApprovals(result.approvals) } : {}),
    changeLogHead: chainHead(result.chain),
    decisionTrees: decisionTrees(context, findings, loads),
  };
  const changes = facts.previous ? markForReview(diffPlans(facts.previous, withoutHash)) : [];
  return { ...withoutHash, changes, contentHash: facts.digest(hashedContent(withoutHash)) };
}

function dataSources(attributes: { attributeId?: string | null; sourceSystem?: string | null; owner?: string | null }[]) {
  const sources = new Map<string, { name: string; attributes: string[]; owners: string[] }>();
  for (const attribute of attributes) {
    if (!attribute.sourceSystem || !attribute.attributeId) continue;
    const source = sources.get(attribute.sourceSystem) ?? { name: attribute.sourceSystem, attributes: [], owners: [] };
    source.attributes.push(attribute.attributeId);
    if (attribute.owner && !source.owners.includes(attribute.owner)) source.owners.push(attribute.owner);
    sources.set(attribute.sourceSystem, source);
  }
  return [...sources.values()];
}
