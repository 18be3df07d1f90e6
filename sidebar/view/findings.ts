import { SEVERITIES } from "../../src/domain/validation/finding";
import type { Finding } from "../api/types";

export type Severity = Finding["severity"];

export interface FindingGroup {
  sheet: string;
  bySeverity: { severity: Severity; findings: Finding[] }[];
}

/**
 * Findings by sheet, within a sheet errors first, then by row. Sheets with
 * errors come before sheets with only warnings or notes, then in workflow
 * order (the stage sheets as the stepper lists them, then any other), so
 * the first finding a person reaches is one that blocks the plan.
 */
export function groupFindings(findings: readonly Finding[], sheetOrder: readonly string[]): FindingGroup[] {
  const position = (sheet: string) => {
    const index = sheetOrder.indexOf(sheet);
    return index < 0 ? sheetOrder.length : index;
  };
  const worst = (sheet: string) =>
    Math.min(...findings.filter((finding) => finding.sheet === sheet).map((finding) => SEVERITIES.indexOf(finding.severity)));
  const sheets = [...new Set(findings.map((finding) => finding.sheet))].sort(
    (a, b) => worst(a) - worst(b) || position(a) - position(b) || a.localeCompare(b),
  );
  return sheets.map((sheet) => ({
    sheet,
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      findings: findings.filter((finding) => finding.sheet === sheet && finding.severity === severity).sort((a, b) => a.row - b.row),
    })).filter((group) => group.findings.length > 0),
  }));
}

export interface StageCounts {
  errors: number;
  warnings: number;
}

/**
 * A logic finding's message is a sentence, then the expression and a caret
 * line under the faulty position: the sentence reads as prose, the rest must
 * keep its spaces (monospace) or the caret points at the wrong character.
 */
export function splitMessage(message: string): { text: string; code: string | null } {
  const newline = message.indexOf("\n");
  if (newline < 0) return { text: message, code: null };
  return { text: message.slice(0, newline), code: message.slice(newline + 1) };
}

/** "Row 4 · Eligibility": where the finding's cell is, in the words of the sheet. */
export function findingPlace(finding: Pick<Finding, "row" | "column">): string {
  return finding.column ? `Row ${finding.row} · ${finding.column}` : `Row ${finding.row}`;
}

export const SEVERITY_LABEL: Record<Severity, [one: string, many: string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};

export function countLabel(count: number, severity: Severity): string {
  const [one, many] = SEVERITY_LABEL[severity];
  return `${count} ${count === 1 ? one : many}`;
}

/** The column of the caret ("^") under an expression, or null when the code block has no caret line. */
export function caretColumn(code: string): number | null {
  const caretLine = code.split("\n").find((line) => /^ *\^ *$/.test(line));
  return caretLine === undefined ? null : caretLine.indexOf("^");
}
