/** JSON with object keys sorted at every depth: the same content always gives the same text, and hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

// Bound once: a plan has hundreds of thousands of values, and a global looked up per value is slow where globals are
// intercepted (the vm the tests and the bench run the bundle in).
const isArray = Array.isArray;
const keysOf = Object.keys;

function sortKeys(value: unknown): unknown {
  if (isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const sorted: Record<string, unknown> = {};
    for (const key of keysOf(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}

/** What the content hash covers: everything but the export's own bookkeeping. */
export const VOLATILE_FIELDS = [
  "version",
  "status",
  "exportedAt",
  "exportedBy",
  "contentHash",
  "changes",
  "changeLog",
  "changeLogHead",
] as const;

export function hashedContent(plan: Record<string, unknown>): string {
  const content: Record<string, unknown> = { ...plan };
  for (const field of VOLATILE_FIELDS) delete content[field];
  return canonicalJson(content);
}

/** Apps Script's computeDigest returns signed bytes. */
export function bytesToHex(bytes: readonly number[]): string {
  return bytes.map((byte) => (byte & 0xff).toString(16).padStart(2, "0")).join("");
}
