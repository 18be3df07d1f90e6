import type { CheckSetupResult } from "../api/check-setup";
import { checkSummary } from "./outcome";
import { SCOPE_PREFIX } from "./steps";

export const shortScope = (scope: string): string => (scope.startsWith(SCOPE_PREFIX) ? scope.slice(SCOPE_PREFIX.length) : scope);

/** What Google reports of the add-on's permissions, in one sentence. */
export function permissionsLine(permissions: CheckSetupResult["permissions"]): string {
  if (permissions.status === null) return "Permissions: Google did not say which permissions the add-on has.";
  const granted = permissions.scopes.filter((grant) => grant.granted).length;
  const withheld = permissions.scopes.filter((grant) => !grant.granted).map((grant) => shortScope(grant.scope));
  const status = permissions.status === "REQUIRED" ? "authorization REQUIRED" : "authorization NOT_REQUIRED";
  const missing = withheld.length ? ` Not granted: ${withheld.join(", ")}.` : "";
  return `Permissions: Google reports ${granted} of ${permissions.scopes.length} granted (${status}).${missing}`;
}

/**
 * The result as the menu's alert shows it: plain text, one line per step,
 * the status spelled out (an alert has no colour to lean on).
 */
export function checkSetupAlert(result: CheckSetupResult): string {
  const lines = result.steps.map((step) =>
    step.status === "passed"
      ? `✓ Passed: ${step.title}. ${step.detail}`
      : `✗ FAILED: ${step.title}. ${step.detail} ${step.fix ?? ""}`.trim(),
  );
  return [checkSummary(result), lines.join("\n\n"), permissionsLine(result.permissions)].join("\n\n");
}
