import type { Ref } from "preact";
import type { CheckSetupResult } from "../../src/domain/api/check-setup";
import { Banner } from "../components/banner";
import { describeCheck } from "../view/check-setup";

/**
 * Check set-up's answer: a summary that screen readers announce, then one
 * list item per step with its status in words (the colour and the icon only
 * repeat it) and, for a failed step, its fix; then the permissions Google
 * reports. No hooks, so it renders anywhere.
 */
export function CheckSetupResultView({ result, focusRef }: { result: CheckSetupResult; focusRef?: Ref<HTMLDivElement> }) {
  const view = describeCheck(result);
  return (
    <div class="stack check-result">
      <Banner kind={view.passed ? "success" : "error"} title={view.headline} focusRef={focusRef}>
        <p>{view.checkedAt}</p>
      </Banner>
      <h3 class="check-heading">Steps</h3>
      <ol class="check-steps">
        {view.steps.map((step) => (
          <li key={step.id} class={`check-step check-step--${step.passed ? "passed" : "failed"}`}>
            <p class="check-step-head">
              <span class="check-step-icon" aria-hidden="true">
                {step.passed ? "✓" : "✗"}
              </span>
              <strong class="check-step-title">{step.title}</strong>
              <span class="check-step-status">{step.statusLabel}</span>
            </p>
            <p class="check-step-detail">{step.detail}</p>
            {step.fix && (
              <p class="check-step-fix">
                <strong>Fix: </strong>
                {step.fix}
              </p>
            )}
          </li>
        ))}
      </ol>
      <h3 class="check-heading">Permissions</h3>
      <p class="check-permissions-line">{view.permissions.line}</p>
      {view.permissions.scopes.length > 0 && (
        <ul class="check-scopes">
          {view.permissions.scopes.map((scope) => (
            <li key={scope.url} class={scope.granted ? "check-scope" : "check-scope check-scope--missing"}>
              <code title={scope.url}>{scope.name}</code>: {scope.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
