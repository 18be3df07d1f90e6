import { enumName, makeEnum } from "./enum";
import { Facade, instrument } from "./facade";
import { scopeUrl } from "./scopes/method-scopes";
import type { World } from "./world";

export const AuthorizationStatus = makeEnum(["REQUIRED", "NOT_REQUIRED"] as const);

/** requireScopes ends the execution with Apps Script's usual message when consent is missing. */
export const AUTHORIZATION_REQUIRED_MESSAGE = "Authorization is required to perform that action.";

/**
 * ScriptApp.getAuthorizationInfo's answer. Only AuthMode.FULL ever requires
 * authorization ("no other authorization mode requires that users grant
 * authorization", AuthorizationInfo reference).
 */
export class AuthorizationInfo extends Facade {
  constructor(
    w: World,
    private readonly _requested: readonly string[],
    private readonly _full: boolean,
    private readonly _scriptId: string,
  ) {
    super(w);
  }
  _missing(): string[] {
    return this._full ? this._requested.filter((s) => !this._w.auth.hasAnyOf([s])) : [];
  }
  getAuthorizationStatus() {
    return this._missing().length ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  /** null when nothing needs granting, as documented. */
  getAuthorizationUrl(): string | null {
    return this._missing().length ? `https://script.google.com/macros/d/${this._scriptId}/authorize` : null;
  }
  getAuthorizedScopes(): string[] {
    return this._requested.filter((s) => this._w.auth.hasAnyOf([s]));
  }
}
instrument(AuthorizationInfo, "AuthorizationInfo");

/**
 * The scopes a getAuthorizationInfo / requireScopes call asks about: the
 * given ones, else every manifest scope. Scopes the manifest does not
 * declare are an error ("Scopes that are invalid or not required by the
 * script lead to an error", ScriptApp reference); the wording is the
 * emulator's, Google's exact text was not found.
 */
export function requestedScopes(w: World, method: string, scopes: unknown): string[] {
  if (scopes === undefined || scopes === null) return [...(w.auth.declared ?? [])];
  if (!Array.isArray(scopes)) throw w.error(`Invalid argument: oAuthScopes (${method})`);
  const urls = scopes.map((s) => scopeUrl(String(s)));
  const declared = w.auth.declared;
  const unknown = declared ? urls.filter((s) => !declared.includes(s)) : [];
  if (unknown.length) throw w.error(`Invalid argument: oAuthScopes. Not required by this script: ${unknown.join(", ")}`);
  return urls;
}

export function isFull(authMode: unknown): boolean {
  return enumName(authMode) === "FULL";
}
