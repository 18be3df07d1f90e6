/** A bounded range's first row and column and its size, from its A1 notation ("B7", "B7:K106"); null for any other form ("B:B", "3:3"). */
export function a1Bounds(a1: string): { row: number; column: number; rows: number; columns: number } | null {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!match) return null;
  const column = columnNumber(match[1]);
  const row = Number(match[2]);
  const lastColumn = match[3] ? columnNumber(match[3]) : column;
  const lastRow = match[4] ? Number(match[4]) : row;
  if (row < 1 || lastRow < row || lastColumn < column) return null;
  return { row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}
