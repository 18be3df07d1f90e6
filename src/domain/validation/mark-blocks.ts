import { CELLS_PER_CALL } from "../write-cost";

/** A rectangle of a sheet's data range (0-based offsets from its top-left cell) that Validate rewrites. */
export interface MarkBlock {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A cell whose note or background changes. */
export interface ChangedCell {
  row: number;
  column: number;
}

/** Blocks per sheet at most: each costs two writes and a handle, so calls stay a handful whatever the findings. */
export const MAX_BLOCKS = 4;

interface RowSpan {
  row: number;
  first: number;
  last: number;
}

/**
 * The blocks to write so every changed cell is covered at the least cost,
 * cells plus calls: either blocks across all the changed columns, or blocks
 * per run of adjacent changed columns, whichever writes less. Within either,
 * rows close together share a block when the cells between them cost less
 * than another call. One wrong column in a 10,000-row sheet is one block one
 * column wide, not the whole width of the rows it spans.
 */
export function markBlocks(cells: readonly ChangedCell[]): MarkBlock[] {
  if (cells.length === 0) return [];
  const across = fitted([rowSpans(cells)]);
  const groups = columnGroups(cells);
  if (groups.length === 1 || groups.length > MAX_BLOCKS) return across;
  const perGroup = fitted(groups.map((group) => rowSpans(cells.filter((cell) => cell.column >= group.first && cell.column <= group.last))));
  return cost(perGroup) < cost(across) ? perGroup : across;
}

const cost = (blocks: readonly MarkBlock[]) => blocks.reduce((n, b) => n + b.numRows * b.numColumns + CELLS_PER_CALL, 0);

/** The blocks of every group at one price per call, the price doubling until they are at most MAX_BLOCKS (one block per group at worst). */
function fitted(groups: readonly RowSpan[][]): MarkBlock[] {
  for (let price = CELLS_PER_CALL; ; price *= 2) {
    const blocks = groups.flatMap((spans) => merged(spans, price));
    if (blocks.length <= MAX_BLOCKS || blocks.length === groups.length) return blocks;
  }
}

/** Each changed row with its first and last changed column, in row order (cells come in row order). */
function rowSpans(cells: readonly ChangedCell[]): RowSpan[] {
  const spans: RowSpan[] = [];
  for (const { row, column } of cells) {
    const last = spans[spans.length - 1];
    if (last?.row === row) {
      last.first = Math.min(last.first, column);
      last.last = Math.max(last.last, column);
    } else spans.push({ row, first: column, last: column });
  }
  return spans;
}

/** Runs of adjacent columns that hold a changed cell. */
function columnGroups(cells: readonly ChangedCell[]): { first: number; last: number }[] {
  const columns = [...new Set(cells.map((cell) => cell.column))].sort((a, b) => a - b);
  const groups: { first: number; last: number }[] = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last && column === last.last + 1) last.last = column;
    else groups.push({ first: column, last: column });
  }
  return groups;
}

/** One pass in row order: a row joins the block above when the cells it adds beyond its own cost at most `price`. */
function merged(spans: readonly RowSpan[], price: number): MarkBlock[] {
  const blocks: MarkBlock[] = [];
  let current: MarkBlock | null = null;
  for (const { row, first, last } of spans) {
    if (current) {
      const column = Math.min(current.column, first);
      const numColumns: number = Math.max(current.column + current.numColumns - 1, last) - column + 1;
      const numRows: number = row - current.row + 1;
      const added = numRows * numColumns - current.numRows * current.numColumns - (last - first + 1);
      if (added <= price) {
        current = { row: current.row, column, numRows, numColumns };
        blocks[blocks.length - 1] = current;
        continue;
      }
    }
    current = { row, column: first, numRows: 1, numColumns: last - first + 1 };
    blocks.push(current);
  }
  return blocks;
}
