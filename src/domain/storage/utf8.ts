/** Characters past ASCII, in runs: a plan is mostly ASCII, and a native scan finds the rest faster than a loop reads it all. */
const NON_ASCII = /[\u0080-\uffff]+/g;

/**
 * The size of `text` in UTF-8, as Drive, properties and the cache count it:
 * pure, since Apps Script has no TextEncoder. A surrogate pair is one code
 * point of 4 bytes; a lone surrogate takes 3 (Drive writes it as U+FFFD).
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (const run of text.matchAll(NON_ASCII)) bytes += extraBytes(run[0]);
  return bytes;
}

/** The bytes past one a character that a run of non-ASCII characters takes. */
function extraBytes(run: string): number {
  let extra = 0;
  for (let i = 0; i < run.length; i++) {
    if (run.charCodeAt(i) < 0x800) extra += 1;
    else if (isPairAt(run, i)) {
      // One code point of 4 bytes over two characters.
      extra += 2;
      i++;
    } else extra += 2;
  }
  return extra;
}

/** Whether a high surrogate at `i` starts a surrogate pair. */
export function isPairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}
