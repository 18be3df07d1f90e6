import * as z from "zod/mini";

/**
 * Check set-up's answer: one result per step, in the order they ran, and
 * what Google reports of the add-on's permissions. The sidebar renders it;
 * the menu turns it into an alert.
 */
export const CHECK_STEP_IDS = ["spreadsheet", "drive", "lock", "properties", "account", "triggers", "mail", "ui"] as const;

export const CheckStepId = z.enum(CHECK_STEP_IDS);
export type CheckStepId = z.output<typeof CheckStepId>;

export const CheckStep = z.object({
  id: CheckStepId,
  title: z.string(),
  status: z.enum(["passed", "failed"]),
  /** What the step did (passed) or what went wrong (failed), in a sentence. */
  detail: z.string(),
  /** What a person can do about the failure; null when the step passed. */
  fix: z.nullable(z.string()),
  /** The OAuth scope the step relies on (full URL), or null when it needs none. */
  scope: z.nullable(z.string()),
});
export type CheckStep = z.output<typeof CheckStep>;

export const AuthorizationStatus = z.enum(["REQUIRED", "NOT_REQUIRED"]);

export const ScopeGrant = z.object({ scope: z.string(), granted: z.boolean() });

export const CheckSetupResult = z.object({
  /** Every step passed. */
  passed: z.boolean(),
  steps: z.array(CheckStep),
  permissions: z.object({
    /** ScriptApp.getAuthorizationInfo(FULL).getAuthorizationStatus(), or null when Google did not answer. */
    status: z.nullable(AuthorizationStatus),
    /** Each scope of the manifest and whether the user granted it (empty when Google did not answer). */
    scopes: z.array(ScopeGrant),
  }),
  checkedAt: z.string(),
});
export type CheckSetupResult = z.output<typeof CheckSetupResult>;
