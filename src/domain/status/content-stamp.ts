/**
 * A short fingerprint of stored state: FNV-1a over the sorted entries. It
 * only has to tell "changed" from "unchanged" between two sidebar refreshes,
 * so a 32-bit hash (with the entry count and total length) is plenty.
 */
export function contentStamp(entries: Readonly<Record<string, string>>): string {
  let hash = 0x811c9dc5;
  let length = 0;
  const keys = Object.keys(entries).sort();
  for (const key of keys) {
    const text = `${key}\u0000${entries[key]}\u0001`;
    length += text.length;
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `${keys.length}.${length}.${hash.toString(36)}`;
}
