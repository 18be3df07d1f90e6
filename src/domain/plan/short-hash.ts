// Bound once: a global looked up in a hot loop is slow where globals are intercepted (the vm the tests run the bundle in).
const imul = Math.imul;
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * A 24-bit fingerprint of `text` as 4 characters (cyrb53, cut down), so that
 * 2,000 profiles' fingerprints fit in one 9 KB property. Pure JavaScript:
 * Utilities.computeDigest would be one service call per text. A collision
 * (one change in 16 million) keeps one profile's previous Markdown.
 */
export function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = imul(h1 ^ code, 2654435761);
    h2 = imul(h2 ^ code, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  const bits = h1 >>> 8;
  return DIGITS[(bits >>> 18) & 63] + DIGITS[(bits >>> 12) & 63] + DIGITS[(bits >>> 6) & 63] + DIGITS[bits & 63];
}
