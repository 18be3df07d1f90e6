import manifest from "../../appsscript.json";
import type { CheckSetupResult, CheckStep, CheckStepId } from "../domain/api/check-setup";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { failedStep, passedStep } from "../domain/setup-check/outcome";
import { CheckProblem } from "../domain/setup-check/problems";
import { CHECK_STEPS, type CheckStepSpec, checkStepSpec, PASSED, scopeUrl } from "../domain/setup-check/steps";
import { probeDrive } from "../drive/probe";
import { probeMailQuota } from "../mail/send-mail";
import { type Permissions, readPermissions } from "../platform/authorization";
import { readExportState } from "../store/export-state";
import { probeAccount, probeDocumentLock, probeTriggers } from "../platform/probe-platform";
import { probeDocumentProperty } from "../store/probe-properties";
import { probeSpreadsheet } from "../sheets/probe-spreadsheet";

/** The manifest is the one list of scopes: the check reports each of them. */
const DECLARED: readonly string[] = manifest.oauthScopes;

/**
 * Check set-up (menu and sidebar): does Google let the add-on do its work in
 * this spreadsheet? Each step makes the calls the add-on's operations make
 * and is caught on its own, so one failure never hides another; whatever a
 * step writes (a Drive file, a document property) it removes again. The
 * permission report comes first so a failed step can say whether a withheld
 * scope explains it.
 */
export function checkSetup(now: Date): CheckSetupResult {
  const permissions = attempt(() => readPermissions(DECLARED));
  // Names this run's probes; no service call, so it cannot fail.
  const token = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const probes: Record<CheckStepId, () => string> = {
    spreadsheet: () => PASSED.spreadsheet(probeSpreadsheet().name),
    drive: () => PASSED.drive(probeDrive(readExportState()?.folderId || null, token, DEFAULT_RETRY_LIMIT).place),
    lock: () => {
      probeDocumentLock();
      return PASSED.lock();
    },
    properties: () => {
      probeDocumentProperty(token);
      return PASSED.properties();
    },
    account: () => PASSED.account(probeAccount().email),
    triggers: () => PASSED.triggers(probeTriggers().count),
    mail: () => PASSED.mail(probeMailQuota()),
    ui: () => {
      if (!permissions) throw new CheckProblem("permissions-unknown");
      if (granted(permissions, checkStepSpec("ui")) !== true) throw new Error("script.container.ui is not granted");
      return PASSED.ui();
    },
    // Granted on first use (granular consent): the step reads the grant and makes no BigQuery call.
    bigquery: () => {
      if (!permissions) throw new CheckProblem("permissions-unknown");
      if (granted(permissions, checkStepSpec("bigquery")) !== true) throw new Error("cloud-platform.read-only is not granted");
      return PASSED.bigquery();
    },
  };
  const steps = CHECK_STEPS.map((spec) => runStep(spec, probes[spec.id], permissions));
  return {
    passed: steps.every((step) => step.status === "passed"),
    steps,
    permissions: permissions ?? { status: null, scopes: [] },
    checkedAt: now.toISOString(),
  };
}

function runStep(spec: CheckStepSpec, probe: () => string, permissions: Permissions | null): CheckStep {
  try {
    return passedStep(spec.id, probe());
  } catch (error) {
    return failedStep(spec.id, error, permissions && granted(permissions, spec));
  }
}

/** Whether Google reports the step's scope as granted; null when the step needs none or the manifest does not list it. */
function granted(permissions: Permissions, spec: CheckStepSpec): boolean | null {
  if (!spec.scope) return null;
  const url = scopeUrl(spec.scope);
  return permissions.scopes.find((grant) => grant.scope === url)?.granted ?? null;
}

function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
