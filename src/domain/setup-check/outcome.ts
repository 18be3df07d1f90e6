import type { CheckSetupResult, CheckStep, CheckStepId } from "../api/check-setup";
import { isCheckProblem, runAgain } from "./problems";
import { checkStepSpec, scopeUrl } from "./steps";

const REINSTALL = "Reinstall the add-on and accept its permissions, or ask your Workspace admin to allow it.";

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function passedStep(id: CheckStepId, detail: string): CheckStep {
  const spec = checkStepSpec(id);
  return { id, title: spec.title, status: "passed", detail, fix: null, scope: spec.scope && scopeUrl(spec.scope) };
}

/**
 * A failed step in words a person can act on. `granted` is whether Google
 * reports the step's scope as granted (null: unknown, or the step needs
 * none). A withheld scope explains any failure of its step; otherwise the
 * probe's own finding, else Google refused or did not answer. Apps Script's
 * raw text is never shown.
 */
export function failedStep(id: CheckStepId, error: unknown, granted: boolean | null): CheckStep {
  const spec = checkStepSpec(id);
  const scope = spec.scope && scopeUrl(spec.scope);
  const failed = (detail: string, fix: string): CheckStep => ({ id, title: spec.title, status: "failed", detail, fix, scope });
  if (scope && granted === false) return failed(`${capitalize(spec.denied ?? "")} (missing ${scope}).`, REINSTALL);
  if (isCheckProblem(error)) return failed(error.message, error.fix);
  if (scope && granted === null) {
    return failed(
      `Google refused or did not answer: the add-on may be missing ${scope}.`,
      `${REINSTALL} If it is allowed, run Check set-up again in a few minutes.`,
    );
  }
  return failed(`${spec.service} refused or did not answer.`, runAgain(spec.service));
}

/** "All 7 checks passed." / "2 of 7 checks failed." */
export function checkSummary(result: Pick<CheckSetupResult, "steps">): string {
  const failed = result.steps.filter((step) => step.status === "failed").length;
  const total = result.steps.length;
  if (failed === 0) return `All ${total} checks passed: Google lets the add-on do its work in this spreadsheet.`;
  return `${failed} of ${total} checks failed: fix ${failed === 1 ? "it" : "them"}, then run Check set-up again.`;
}
