// RFC 4180 CSV: fields separated by commas, optionally in double quotes
// ("" inside quotes is one quote; quoted fields may hold commas and line
// breaks), lines ending in CRLF or LF, an optional UTF-8 byte order mark.

export interface CsvResult {
  rows: string[][];
  /** Set when a quoted field never closes; rows holds what was read before it. */
  error?: { line: number; message: string };
}

export function parseCsv(text: string): CsvResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '"' && field === "") {
      const start = line;
      let closed = false;
      for (i++; i < source.length; i++) {
        if (source[i] === '"' && source[i + 1] === '"') {
          field += '"';
          i++;
        } else if (source[i] === '"') {
          closed = true;
          i++;
          break;
        } else {
          if (source[i] === "\n") line++;
          field += source[i];
        }
      }
      if (!closed)
        return {
          rows,
          error: { line: start, message: `A quoted field starting on line ${start} never closes: add the missing closing quote (")` },
        };
      continue;
    }
    if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (char === "\r" && source[i + 1] === "\n") i++;
      line++;
    } else field += char;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}
