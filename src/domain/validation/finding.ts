import * as z from "zod/mini";
import { addTo } from "../group-into";

/** Worst first: the order findings are listed and counted in. */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * DESIGN section 3, plus SETUP for a workbook whose sheets or columns are
 * missing, CONSENT_OVERRIDE for an activation relying on another purpose
 * than its channel's (a privacy reviewer wants to see each one), and
 * ESCALATION_BUDGET when more escalations are open than the spreadsheet can
 * keep between runs, ESCALATION_MAIL when escalation emails could not be sent,
 * TEST_CALENDAR for a profile test whose result depends on today's date;
 * APPROVAL_UNVERIFIED / APPROVAL_STALE for approvals the add-on did not
 * record or whose content changed since, LOG_TAMPERED for a Change log row
 * whose hash does not chain (issue 15); COVERAGE_MEASURED when the warehouse
 * estimate measured less coverage than typed (issue 16).
 */
export const SEVERITY_OF = {
  SETUP: "error",
  SCHEMA: "error",
  DUPLICATE_ID: "error",
  UNKNOWN_ATTRIBUTE: "error",
  UNKNOWN_PROFILE: "error",
  LOGIC_SYNTAX: "error",
  LOGIC_TYPE: "error",
  CHANNEL_NOT_IN_PLAN: "error",
  CONSENT_MISSING: "error",
  SENSITIVE_ACTIVATION: "error",
  FRESHNESS: "warning",
  COVERAGE_SLA: "warning",
  NO_FALLBACK: "error",
  NO_OWNER: "warning",
  NO_SUPPRESSION: "warning",
  UNUSED_ATTRIBUTE: "info",
  TEST_FAILED: "error",
  DEAD_LOGIC: "warning",
  SHADOWED_PROFILE: "warning",
  USAGE_POLICY: "error",
  NO_HOLDOUT: "warning",
  CONSENT_OVERRIDE: "warning",
  ESCALATION_BUDGET: "warning",
  APPROVAL_UNVERIFIED: "error",
  APPROVAL_STALE: "warning",
  LOG_TAMPERED: "error",
  PRIORITY_TIE: "warning",
  NO_ENDPOINT: "error",
  INSECURE_ENDPOINT: "error",
  NO_DESTINATION: "warning",
  FRESHNESS_SLA: "warning",
  ESCALATION_MAIL: "warning",
  REVIEW_OVERDUE: "warning",
  TEST_CALENDAR: "warning",
  COVERAGE_MEASURED: "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof SEVERITY_OF;
export const FINDING_CODES = Object.keys(SEVERITY_OF) as FindingCode[];

/** Consent and compliance blockers (DESIGN section 4): they escalate, and they hold the privacy node of the dependency graph. */
export const COMPLIANCE_CODES: ReadonlySet<FindingCode> = new Set(["CONSENT_MISSING", "SENSITIVE_ACTIVATION", "USAGE_POLICY"]);

/** A finding points at one cell: sheet, sheet row number (header = 1) and column label. Shared by the sidebar API and the plan file. */
export const Finding = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(SEVERITIES),
  sheet: z.string(),
  row: z.int(),
  column: z.string(),
  message: z.string(),
});
export type Finding = z.output<typeof Finding>;

/** Messages quote what people typed; a pasted essay must not become a 50,000-character note. */
const MAX_MESSAGE = 1_500;

export function finding(code: FindingCode, at: { sheet: string; row: number; column: string }, message: string): Finding {
  const clipped = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  return { code, severity: SEVERITY_OF[code], sheet: at.sheet, row: at.row, column: at.column, message: clipped };
}

const severityRank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** Sidebar order: by sheet order given, then row, then severity. */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const rank = (sheet: string) => {
    const index = sheetOrder.indexOf(sheet);
    return index < 0 ? sheetOrder.length : index;
  };
  return [...findings].sort(
    (a, b) => rank(a.sheet) - rank(b.sheet) || a.row - b.row || severityRank(a.severity) - severityRank(b.severity),
  );
}

/**
 * The findings the sidebar lists: at most `perSheet` per sheet, errors kept
 * before warnings and notes, in their usual order. Every finding is still
 * marked on its cell; 10,000 of them would only bury the sidebar (and its
 * google.script.run reply).
 */
export function limitPerSheet(findings: readonly Finding[], perSheet: number): { shown: Finding[]; omitted: number } {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) addTo(bySheet, f.sheet, f);
  const kept = new Set<Finding>();
  for (const list of bySheet.values()) {
    list
      .sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
      .slice(0, perSheet)
      .forEach((f) => kept.add(f));
  }
  return { shown: findings.filter((f) => kept.has(f)), omitted: findings.length - kept.size };
}
