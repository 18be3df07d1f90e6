import { SHEETS } from "../schema/workbook";
import { checkActivations } from "./checks/activations";
import { checkAttributes } from "./checks/attributes";
import { checkDuplicateIds, checkEnumValues, checkReferences } from "./checks/identity";
import { checkOwners } from "./checks/ownership";
import { buildContext, type ValidationContext } from "./context";
import { sortFindings, type Finding } from "./finding";
import { planMetrics, type PlanMetrics } from "./metrics";
import { parseWorkbook, type RawWorkbook } from "./workbook";

export interface ValidationResult {
  findings: Finding[];
  metrics: PlanMetrics;
  summary: ValidationSummary;
  context: ValidationContext;
}

export interface ValidationSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** One line for the sidebar and the Plan sheet. */
  text: string;
}

const CHECKS = [checkDuplicateIds, checkReferences, checkEnumValues, checkActivations, checkAttributes, checkOwners];

/** The whole workbook in one pass: pure, so it runs the same in Apps Script, tests and benchmarks. */
export function validateWorkbook(raw: RawWorkbook): ValidationResult {
  const findings: Finding[] = [];
  const workbook = parseWorkbook(raw, findings);
  const context = buildContext(workbook, findings);
  for (const check of CHECKS) findings.push(...check(context));
  const sorted = sortFindings(findings, SHEETS.map((sheet) => sheet.name));
  const metrics = planMetrics(context);
  return { findings: sorted, metrics, summary: summarize(sorted, metrics), context };
}

function summarize(findings: Finding[], metrics: PlanMetrics): ValidationSummary {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const infos = count("info");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const consent = metrics.consentIntegrityPct === null ? "" : `; consent integrity ${metrics.consentIntegrityPct}%`;
  const text = errors + warnings === 0 ? `No problems found${consent}.` : `${plural(errors, "error")}, ${plural(warnings, "warning")}${consent}.`;
  return { errors, warnings, infos, text };
}
