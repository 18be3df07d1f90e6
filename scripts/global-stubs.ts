/**
 * Apps Script only calls top-level function declarations, so the bundle (an
 * IIFE assigned to one namespace) gets one stub per entry point. The list is
 * derived from the server module's exports, never typed twice.
 */
export const NAMESPACE = "PersonalizationProfiles";

export function entryPointNames(serverModule: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const [name, value] of Object.entries(serverModule)) {
    if (typeof value === "function") names.push(name);
    else if (name === "api" && value && typeof value === "object") names.push(...Object.keys(value));
  }
  return names.sort();
}

export function globalStubs(serverModule: Record<string, unknown>): string {
  return entryPointNames(serverModule)
    .map((name) => {
      const target = typeof serverModule[name] === "function" ? `${NAMESPACE}.${name}` : `${NAMESPACE}.api.${name}`;
      return `function ${name}() { return ${target}.apply(this, arguments); }`;
    })
    .join("\n");
}
