import type { CheckSetupResult } from "../../src/domain/api/check-setup";
import { permissionsLine, shortScope } from "../../src/domain/setup-check/alert-text";
import { checkSummary } from "../../src/domain/setup-check/outcome";
import { whenLabel } from "./status-view";

export interface CheckStepView {
  id: string;
  title: string;
  passed: boolean;
  /** Spelled out, so the status never rests on colour or an icon alone. */
  statusLabel: "Passed" | "Failed";
  detail: string;
  fix: string | null;
}

export interface CheckView {
  headline: string;
  passed: boolean;
  /** "2 of 7 checks failed" counts, for the heading a screen reader announces. */
  failedCount: number;
  steps: CheckStepView[];
  permissions: { line: string; scopes: { name: string; url: string; granted: boolean; label: "granted" | "not granted" }[] };
  checkedAt: string;
}

/** Turns a checkSetup result into what the sidebar shows: failed steps first, so the fixes come before the good news. */
export function describeCheck(result: CheckSetupResult): CheckView {
  const steps = result.steps.map(
    (step): CheckStepView => ({
      id: step.id,
      title: step.title,
      passed: step.status === "passed",
      statusLabel: step.status === "passed" ? "Passed" : "Failed",
      detail: step.detail,
      fix: step.fix,
    }),
  );
  return {
    headline: checkSummary(result),
    passed: result.passed,
    failedCount: steps.filter((step) => !step.passed).length,
    steps: [...steps.filter((step) => !step.passed), ...steps.filter((step) => step.passed)],
    permissions: {
      line: permissionsLine(result.permissions),
      scopes: result.permissions.scopes.map((grant) => ({
        name: shortScope(grant.scope),
        url: grant.scope,
        granted: grant.granted,
        label: grant.granted ? "granted" : "not granted",
      })),
    },
    checkedAt: `Checked ${whenLabel(result.checkedAt)}.`,
  };
}
