/** Column 1 → "A", 27 → "AA", as Sheets labels columns. */
export function columnLetter(column: number): string {
  let label = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function a1Of(box: Box): string {
  const start = `${columnLetter(box.col)}${box.row}`;
  if (box.numRows === 1 && box.numCols === 1) return start;
  return `${start}:${columnLetter(box.col + box.numCols - 1)}${box.row + box.numRows - 1}`;
}

export function contains(box: Box, row: number, col: number): boolean {
  return row >= box.row && row < box.row + box.numRows && col >= box.col && col < box.col + box.numCols;
}
