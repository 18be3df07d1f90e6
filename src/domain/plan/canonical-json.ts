/** JSON with object keys sorted at every depth: the same content always gives the same text, and hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

// Bound once: a plan has hundreds of thousands of values, and a global looked up per value is slow where globals are
// intercepted (the vm the tests and the bench run the bundle in).
const isArray = Array.isArray;
const keysOf = Object.keys;
const prototypeOf = Object.getPrototypeOf;
const PLAIN = Object.prototype;

/**
 * The value with every object's keys in sorted order. Copy on write: most of
 * a plan is already in order (rows built field by field), and copying them
 * all was most of hashing a plan. Anything but a plain object whose keys are
 * in order is copied as before, so a Date still becomes {} as it always did.
 */
function sortKeys(value: unknown): unknown {
  if (isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const sorted = sortKeys(value[i]);
      if (sorted !== value[i]) (copy ??= value.slice())[i] = sorted;
    }
    return copy ?? value;
  }
  if (!value || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  const keys = keysOf(object);
  if (!inOrder(keys) || prototypeOf(object) !== PLAIN) return sortedCopy(object, keys.sort());
  let copy: Record<string, unknown> | null = null;
  for (const key of keys) {
    const sorted = sortKeys(object[key]);
    if (sorted !== object[key]) (copy ??= { ...object })[key] = sorted;
  }
  return copy ?? object;
}

/** Sorted, and no own `__proto__` key: the copy's assignment drops that one, so such an object keeps being copied. */
function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] >= keys[i]) return false;
  return !keys.includes("__proto__");
}

function sortedCopy(object: Record<string, unknown>, sortedKeys: readonly string[]): Record<string, unknown> {
  const sorted: Record<string, unknown> = {};
  for (const key of sortedKeys) sorted[key] = sortKeys(object[key]);
  return sorted;
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
