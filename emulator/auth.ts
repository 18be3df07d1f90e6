import { formatScopes, requiredScopes, scopeUrl } from "./scopes/method-scopes";

/** The parts of appsscript.json the emulator reads. */
export interface Manifest {
  oauthScopes?: string[];
  [key: string]: unknown;
}

export type AuthModeName = "NONE" | "LIMITED" | "FULL";

const DRIVE = scopeUrl("drive");
const DRIVE_FILE = scopeUrl("drive.file");
const BOUND_DOCUMENT = scopeUrl("spreadsheets.currentonly");

/**
 * What AuthMode.NONE allows: building the add-on menu and reading the
 * locale. Source: AuthMode reference ("does not allow access to any services
 * that require authorization"; its onOpen example reads properties only
 * outside NONE) and the editor add-on authorization guide
 * (developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
const NONE_ALLOWED =
  /^(Menu\..+|Ui\.(createAddonMenu|createMenu)|SpreadsheetApp\.getUi|Session\.getActiveUserLocale|Logger\..+|Utilities\..+|Blob\..+|ScriptApp\.getAuthorizationInfo|AuthorizationInfo\..+)$/;

/**
 * In LIMITED (simple triggers) the script reaches its bound document and
 * services that need no authorization; the user's email reads as "" instead
 * of throwing. Source: developers.google.com/apps-script/guides/triggers
 * ("Restrictions") and the User.getEmail reference.
 */
const LIMITED_ALLOWED_ANYWAY = /^(Session\.(getActiveUser|getEffectiveUser)|ScriptApp\.getAuthorizationInfo|AuthorizationInfo\..+)$/;

/**
 * The manifest's scopes, the ones the user granted, and the authorization
 * mode of the current execution. Without a manifest (or without
 * oauthScopes) Apps Script infers scopes from the code, so none is enforced.
 */
export class Authorization {
  /** Full URLs from oauthScopes, or null when scopes are inferred. */
  readonly declared: readonly string[] | null;
  granted: Set<string>;
  mode: AuthModeName = "FULL";
  /** Whether the add-on has been used in this document (onOpen then runs in LIMITED, not NONE). */
  addonEnabled = false;
  /** The user is neither the developer nor in the developer's domain: simple triggers cannot see their email. */
  identityRestricted = true;

  constructor(manifest: Manifest | undefined, granted?: readonly string[]) {
    const scopes = manifest?.oauthScopes;
    this.declared = Array.isArray(scopes) ? scopes.map(String) : null;
    this.granted = new Set(granted ?? this.declared ?? []);
  }

  get explicit(): boolean {
    return this.declared !== null;
  }

  /** Whether the call may go ahead with the granted scopes (always, when scopes are inferred). */
  hasAnyOf(scopes: readonly string[]): boolean {
    return !this.explicit || scopes.length === 0 || scopes.some((s) => this.granted.has(s));
  }

  /** Under drive.file without full drive, the advanced Drive service reaches only files the app created or the user picked. */
  driveFileOnly(): boolean {
    return this.explicit && !this.granted.has(DRIVE) && this.granted.has(DRIVE_FILE);
  }

  /** Apps Script's message when a method's scope is missing, or undefined when the call may proceed. */
  scopeError(method: string): string | undefined {
    if (!this.explicit) return undefined;
    const scopes = requiredScopes(method);
    if (this.hasAnyOf(scopes)) return undefined;
    if (method.startsWith("Drive.")) {
      // Advanced services pass the Drive API's own 403 through.
      const verb = method.slice(method.lastIndexOf(".") + 1).replace(/^remove$/, "delete");
      return `API call to drive.files.${verb} failed with error: Request had insufficient authentication scopes.`;
    }
    if (method.startsWith("BigQuery.")) {
      return `API call to bigquery.jobs.${method.slice(method.lastIndexOf(".") + 1)} failed with error: Request had insufficient authentication scopes.`;
    }
    return `Specified permissions are not sufficient to call ${method}. Required permissions: ${formatScopes(scopes)}`;
  }

  /** The message when the current authorization mode forbids the method, else undefined. */
  modeError(method: string): string | undefined {
    if (this.mode === "FULL") return undefined;
    const scopes = requiredScopes(method);
    if (this.mode === "NONE" ? NONE_ALLOWED.test(method) : allowedInLimited(method, scopes)) return undefined;
    const needs = scopes.length ? ` Required permissions: ${formatScopes(scopes)}` : "";
    return `You do not have permission to call ${method}.${needs}`;
  }

  /**
   * Whether Session users read as "" now: outside FULL, unless the user is
   * the developer or in the developer's Workspace domain (User.getEmail reference).
   */
  hidesUserEmail(): boolean {
    return this.mode !== "FULL" && this.identityRestricted;
  }
}

function allowedInLimited(method: string, scopes: readonly string[]): boolean {
  return scopes.length === 0 || scopes.includes(BOUND_DOCUMENT) || LIMITED_ALLOWED_ANYWAY.test(method);
}
