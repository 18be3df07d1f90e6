/**
 * The size of `text` in UTF-8, as Drive, properties and the cache count it:
 * pure, since Apps Script has no TextEncoder. A surrogate pair is one code
 * point of 4 bytes; a lone surrogate takes 3 (Drive writes it as U+FFFD).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (isPairAt(text, i)) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a high surrogate at `i` starts a surrogate pair. */
export function isPairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}
