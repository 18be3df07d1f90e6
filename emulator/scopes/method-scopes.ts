import reference from "./reference-scopes.json";
import { SCOPE_OVERRIDES } from "./overrides";

export const SCOPE_PREFIX = reference.scopePrefix;
const methods = reference.methods as Record<string, string[]>;

/** Full scope URL; short names ("drive.file") get the googleapis prefix. */
export function scopeUrl(scope: string): string {
  return scope.startsWith("https://") ? scope : `${SCOPE_PREFIX}${scope}`;
}

const exact = new Map<string, string[]>();
const byClass = new Map<string, string[]>();
for (const o of SCOPE_OVERRIDES) {
  if (o.method.endsWith(".*")) byClass.set(o.method.slice(0, -2), o.scopes);
  else exact.set(o.method, o.scopes);
}

/** Whether the table (reference or overrides) has an entry for "Class.method". */
export function hasScopeEntry(method: string): boolean {
  return exact.has(method) || byClass.has(classOf(method)) || method in methods;
}

function classOf(method: string): string {
  return method.slice(0, method.lastIndexOf("."));
}

// Every service call asks, so each answer is computed once.
const resolved = new Map<string, readonly string[]>();

/**
 * The scopes a method needs, any one of which suffices, as full URLs in the
 * reference's order; [] when it needs none (or the table does not know it).
 */
export function requiredScopes(method: string): readonly string[] {
  let urls = resolved.get(method);
  if (!urls) {
    urls = Object.freeze((exact.get(method) ?? byClass.get(classOf(method)) ?? methods[method] ?? []).map(scopeUrl));
    resolved.set(method, urls);
  }
  return urls;
}

/** "A" for one scope, "(A || B)" when several each suffice, as Apps Script prints them. */
export function formatScopes(scopes: readonly string[]): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(" || ")})`;
}
