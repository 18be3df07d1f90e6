import { scopeUrl } from "./scopes/method-scopes";
import { type ExecutionRecord, type FullExecution, type SimpleTrigger, runExecution } from "./execution";
import { User } from "./session";
import { AuthMode } from "./triggers";
import type { AuthModeName } from "./auth";
import type { World } from "./world";

export interface HostAuth {
  /** The manifest's oauthScopes as full URLs, or null when scopes are inferred (no manifest). */
  declaredScopes(): string[] | null;
  grantedScopes(): string[];
  /** The user consents to these scopes (short names like "drive.file" work); each must be in the manifest. */
  grantScopes(scopes: string[]): void;
  /** The user withholds these scopes (granular consent). */
  revokeScopes(scopes: string[]): void;
  /** Whether the add-on has been used in this document: onOpen then runs in LIMITED rather than NONE. */
  setAddonEnabled(enabled: boolean): void;
  addonEnabled(): boolean;
  /** AuthMode of the running execution ("FULL" outside runTrigger / runAs). */
  mode(): AuthModeName;
  /**
   * Runs a trigger function as Google would: onOpen in NONE (add-on not yet
   * used in this document) or LIMITED, onEdit / onSelectionChange in LIMITED,
   * onInstall and "installable" in FULL. `e` gains `authMode` (its `user`
   * reads as "" when Session users do). Simple
   * triggers get 30 s, installable ones 6 min.
   */
  runTrigger<T>(name: SimpleTrigger | "installable", fn: (e: Record<string, unknown>) => T, e?: Record<string, unknown>): T;
  /** Runs a menu item, a google.script.run call or an editor run: AuthMode.FULL, 6 min. */
  runAs<T>(kind: Exclude<FullExecution, "installable">, fn: () => T): T;
  /** Executions run so far, with their projected duration. */
  executions(): ExecutionRecord[];
}

export function hostAuth(w: World): HostAuth {
  const declared = () => w.auth.declared;
  const urls = (scopes: string[], verb: string) =>
    scopes.map((s) => {
      const url = scopeUrl(s);
      const list = declared();
      if (list && !list.includes(url)) throw new Error(`${verb}: ${url} is not in the manifest's oauthScopes`);
      return url;
    });
  return {
    declaredScopes: () => (declared() ? [...declared()!] : null),
    grantedScopes: () => [...w.auth.granted],
    grantScopes: (scopes) => {
      for (const s of urls(scopes, "grantScopes")) w.auth.granted.add(s);
    },
    revokeScopes: (scopes) => {
      for (const s of urls(scopes, "revokeScopes")) w.auth.granted.delete(s);
    },
    setAddonEnabled: (enabled) => {
      w.auth.addonEnabled = enabled;
    },
    addonEnabled: () => w.auth.addonEnabled,
    mode: () => w.auth.mode,
    runTrigger: (name, fn, e = {}) =>
      runExecution(w, name, (mode) => {
        const event: Record<string, unknown> = { ...e, authMode: AuthMode[mode] };
        // e.user follows the same identity rule as Session.getActiveUser.
        if ("user" in e && w.auth.hidesUserEmail()) event.user = new User(w, "");
        return fn(event);
      }),
    runAs: (kind, fn) => runExecution(w, kind, () => fn()),
    executions: () => w.executions.map((x) => ({ ...x })),
  };
}
