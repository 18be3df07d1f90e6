/** A1 notation: "A1", "A1:B2", "A:B", "2:3", "A2:B" and an optional "'Sheet'!" prefix. */

export interface A1Ref {
  sheetName?: string;
  /** Undefined ends are open (whole column / whole row). */
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export function columnToLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Returns undefined when the text is not A1 notation. */
export function parseA1(text: string): A1Ref | undefined {
  let ref = text.trim();
  let sheetName: string | undefined;
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheetName = ref.slice(0, bang);
    ref = ref.slice(bang + 1);
    if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    }
  }
  const [first, second, extra] = ref.split(":");
  if (extra !== undefined || !first) return undefined;
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return undefined;
  const num = (s: string) => (s ? Number(s) : undefined);
  const col = (s: string) => (s ? lettersToColumn(s) : undefined);
  const r1 = num(a[2]);
  const r2 = num(b[2]);
  const c1 = col(a[1]);
  const c2 = col(b[1]);
  if (r1 === 0 || r2 === 0) return undefined;
  // A single cell needs both parts; "A" or "3" alone are not ranges.
  if (second === undefined && (r1 === undefined || c1 === undefined)) return undefined;
  return {
    sheetName,
    startRow: min(r1, r2),
    endRow: max(r1, r2),
    startCol: min(c1, c2),
    endCol: max(c1, c2),
  };
}

function min(a?: number, b?: number): number | undefined {
  return a === undefined || b === undefined ? (a ?? b) : Math.min(a, b);
}
function max(a?: number, b?: number): number | undefined {
  return a === undefined || b === undefined ? undefined : Math.max(a, b);
}

export function formatA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = columnToLetters(col) + row;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnToLetters(col + numCols - 1)}${row + numRows - 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
