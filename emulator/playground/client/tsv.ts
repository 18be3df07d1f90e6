/**
 * The rows of text copied from a spreadsheet (tab-separated, as Sheets and
 * Excel put it on the clipboard): a cell in double quotes may hold tabs,
 * newlines and "" for a quote. A trailing newline ends the last row rather
 * than starting an empty one.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let index = 0;
  const source = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  while (index <= source.length) {
    if (cell === "" && source[index] === '"') {
      const end = closingQuote(source, index + 1);
      if (end > 0) {
        cell = source.slice(index + 1, end).replace(/""/g, '"');
        index = end + 1;
        continue;
      }
    }
    const char = source[index];
    if (char === undefined || char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (char === "\t") {
      row.push(cell);
      cell = "";
    } else {
      cell += char;
    }
    index++;
  }
  const width = Math.max(...rows.map((cells) => cells.length));
  return rows.map((cells) => [...cells, ...Array<string>(width - cells.length).fill("")]);
}

/** The quote closing a quoted cell (followed by a tab, a newline or the end), or -1 if the cell is not quoted after all. */
function closingQuote(source: string, from: number): number {
  for (let index = from; index < source.length + 1; index++) {
    if (source[index] !== '"') {
      if (index >= source.length) return -1;
      continue;
    }
    if (source[index + 1] === '"') {
      index++;
      continue;
    }
    const next = source[index + 1];
    return next === undefined || next === "\t" || next === "\n" ? index : -1;
  }
  return -1;
}
