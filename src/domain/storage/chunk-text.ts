/**
 * Apps Script stores have per-value limits counted in UTF-8 bytes (9 KB for
 * a property, 100 KB for a cache entry), so long JSON is cut into parts that
 * each fit. Cuts fall between code points, never inside a surrogate pair.
 */
export function chunkText(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code >= 0x10000 ? 2 : 1;
    if (bytes + width > maxBytes) {
      parts.push(text.slice(start, index));
      start = index;
      bytes = 0;
    }
    bytes += width;
    index += units;
  }
  parts.push(text.slice(start));
  return parts;
}
