import { SHEETS } from "../schema/workbook";
import type { TestResult } from "../analysis/profile-tests";
import { checkActivations } from "./checks/activations";
import { checkAttributes } from "./checks/attributes";
import { checkHoldouts } from "./checks/holdouts";
import { checkDuplicateIds, checkEnumValues, checkReferences } from "./checks/identity";
import { checkDeadLogic, checkShadowedProfiles } from "./checks/logic-analysis";
import { checkOwners } from "./checks/ownership";
import { checkReviews } from "./checks/reviews";
import { calendarDay } from "../governance/calendar-day";
import { runProfileTests } from "./checks/profile-tests";
import { checkUsagePolicy } from "./checks/usage-policy";
import { checkDestinations, checkFreshnessSla, checkPriorityTies } from "./checks/decision-trees";
import { buildContext, type ValidationContext } from "./context";
import { sortFindings, type Finding } from "./finding";
import { planMetrics } from "./metrics";
import type { PlanMetrics, ValidationSummary } from "./report-schema";
import { parseWorkbook, type RawWorkbook } from "./workbook";
import { checkChain, type ChainCheck } from "../change-log/hash-chain";
import type { ApprovalRecord } from "../governance/approval-record";
import { approvalFindings } from "../governance/approval-findings";
import { approvalStates, type ApprovalState } from "../governance/approval-state";
import { finding } from "./finding";

export interface ValidationResult {
  findings: Finding[];
  metrics: PlanMetrics;
  summary: ValidationSummary;
  context: ValidationContext;
  /** Each Profile tests row's result, by sheet row. */
  testResults: Map<number, TestResult>;
  /** Each Governance row's approval, when the recorded approvals were given. */
  approvals: ApprovalState[] | null;
  /** The Change log's hash chain. */
  chain: ChainCheck;
}

export interface ValidationOptions {
  /** The moment days_since and hours_since count from. */
  now?: Date;
  /** The spreadsheet's time zone: "today" for Next review and Due date is a calendar day there (default UTC). */
  timeZone?: string;
  /** Profile tests and the dead-logic and shadowing analyses (the benchmark turns them off to price them). */
  analyses?: boolean;
  /**
   * The approvals the add-on recorded (document properties; a plan file's
   * `approvals`): Approved by / Approved on are then checked against them.
   */
  approvals?: readonly ApprovalRecord[];
}

const CHECKS = [
  checkDuplicateIds,
  checkReferences,
  checkEnumValues,
  checkActivations,
  checkAttributes,
  checkOwners,
  checkUsagePolicy,
  checkHoldouts,
  checkPriorityTies,
  checkDestinations,
  checkFreshnessSla,
];

/** The whole workbook in one pass: pure, so it runs the same in Apps Script, tests and benchmarks. */
export function validateWorkbook(raw: RawWorkbook, options: ValidationOptions = {}): ValidationResult {
  const findings: Finding[] = [];
  const workbook = parseWorkbook(raw, findings);
  const context = buildContext(workbook, findings);
  for (const check of CHECKS) findings.push(...check(context));
  findings.push(...checkReviews(context, calendarDay(options.now ?? new Date(), options.timeZone)));
  let testResults = new Map<number, TestResult>();
  if (options.analyses ?? true) {
    const dead = new Set<string>();
    findings.push(...checkDeadLogic(context, dead), ...checkShadowedProfiles(context, dead));
    const tests = runProfileTests(context, options.now ?? new Date());
    findings.push(...tests.findings);
    testResults = tests.results;
  }
  const chain = checkChain(raw[context.workbook.changeLog.sheet]);
  if (chain.broken)
    findings.push(
      finding(
        "LOG_TAMPERED",
        { sheet: context.workbook.changeLog.sheet, row: chain.broken.row, column: "Hash" },
        `The Change log's hash chain breaks at row ${chain.broken.row}: ${chain.broken.reason} after the add-on logged it. The log is append-only; restore the row from the last exported plan file (changeLog) or report it to the plan's owner.`,
      ),
    );
  let approvals: ApprovalState[] | null = null;
  if (options.approvals) {
    approvals = approvalStates(context, options.approvals, findings);
    findings.push(...approvalFindings(approvals, context.workbook.governance.sheet));
  }
  const sorted = sortFindings(
    findings,
    SHEETS.map((sheet) => sheet.name),
  );
  const metrics = planMetrics(context, raw[context.workbook.objectives.sheet]);
  return { findings: sorted, metrics, summary: summarize(sorted, metrics), context, testResults, approvals, chain };
}

/** The counts and the one line, for findings as they are now (a run may add its own). */
export function summarize(findings: Finding[], metrics: PlanMetrics): ValidationSummary {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  const infos = count("info");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const consent = metrics.consentIntegrityPct === null ? "" : `; consent integrity ${metrics.consentIntegrityPct}%`;
  const text =
    errors + warnings === 0 ? `No problems found${consent}.` : `${plural(errors, "error")}, ${plural(warnings, "warning")}${consent}.`;
  const bySheet: ValidationSummary["bySheet"] = {};
  for (const f of findings) {
    if (f.severity === "info") continue;
    const counts = (bySheet[f.sheet] ??= { errors: 0, warnings: 0 });
    if (f.severity === "error") counts.errors++;
    else counts.warnings++;
  }
  return { errors, warnings, infos, bySheet, text };
}
