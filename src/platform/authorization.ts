/** getAuthorizedScopes came with granular consent; @types/google-apps-script does not list it yet. */
interface AuthorizationInfo extends GoogleAppsScript.Script.AuthorizationInfo {
  getAuthorizedScopes?(): string[];
}

export interface Permissions {
  status: "REQUIRED" | "NOT_REQUIRED";
  scopes: { scope: string; granted: boolean }[];
}

/**
 * What Google reports of the user's consent in AuthMode.FULL (the mode of
 * menu items and sidebar calls): whether authorization is still required,
 * and which of the manifest's scopes are granted. NOT_REQUIRED means every
 * scope the script needs is granted, so the list is only asked for otherwise.
 */
export function readPermissions(declared: readonly string[]): Permissions {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL) as AuthorizationInfo;
  const required = String(info.getAuthorizationStatus()) === "REQUIRED";
  const authorized = required ? (info.getAuthorizedScopes?.() ?? []) : declared;
  return {
    status: required ? "REQUIRED" : "NOT_REQUIRED",
    scopes: declared.map((scope) => ({ scope, granted: authorized.includes(scope) })),
  };
}

/**
 * Asks for scopes the manifest declares but the user may not have granted
 * yet (granular consent): Google stops the call and shows its consent screen
 * when one is missing, so a feature asks only when first used.
 */
export function requireScopes(scopes: readonly string[]): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [...scopes]);
}
