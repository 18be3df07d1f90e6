import { CELLS_PER_CALL } from "./write-cost";

/** A rectangle to write, in 0-based offsets from the top-left cell of the grid it is cut from. */
export interface WriteBlock {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A cell that must be written. */
export interface CellAt {
  row: number;
  column: number;
}

/** Blocks per grid at most: each costs its writes and a handle, so calls stay a handful whatever the cells. */
export const MAX_BLOCKS = 4;

interface RowSpan {
  row: number;
  first: number;
  last: number;
}

/**
 * The blocks that cover every cell to write (in row order) at the least
 * cost, cells plus calls: blocks across all the columns written, or per run
 * of adjacent columns written, whichever writes less; and either for the
 * first row apart from the rest when that writes less, as a header over
 * every column above data that leaves some columns empty. Within each, rows
 * close together share a block when the cells between them cost less than
 * another call. One wrong column in a 10,000-row sheet is one block one
 * column wide, not the whole width of the rows it spans.
 */
export function writeBlocks(cells: readonly CellAt[]): WriteBlock[] {
  if (cells.length === 0) return [];
  const whole = layout(cells, MAX_BLOCKS);
  const below = cells.findIndex((cell) => cell.row !== cells[0].row);
  if (below < 0) return whole;
  const headed = [...layout(cells.slice(0, below), 1), ...layout(cells.slice(below), MAX_BLOCKS - 1)];
  return cost(headed) < cost(whole) ? headed : whole;
}

/** At most `budget` blocks: across the columns, or per run of columns when that writes less. */
function layout(cells: readonly CellAt[], budget: number): WriteBlock[] {
  const across = fitted([rowSpans(cells)], budget);
  const groups = columnGroups(cells);
  if (groups.length === 1 || groups.length > budget) return across;
  const perGroup = fitted(
    groups.map((group) => rowSpans(cells.filter((cell) => cell.column >= group.first && cell.column <= group.last))),
    budget,
  );
  return cost(perGroup) < cost(across) ? perGroup : across;
}

const cost = (blocks: readonly WriteBlock[]) => blocks.reduce((n, b) => n + b.numRows * b.numColumns + CELLS_PER_CALL, 0);

/** The blocks of every group at one price per call, the price doubling until they are at most `budget` (one block per group at worst). */
function fitted(groups: readonly RowSpan[][], budget: number): WriteBlock[] {
  for (let price = CELLS_PER_CALL; ; price *= 2) {
    const blocks = groups.flatMap((spans) => merged(spans, price));
    if (blocks.length <= budget || blocks.length === groups.length) return blocks;
  }
}

/** Each row written with its first and last column written, in row order (cells come in row order). */
function rowSpans(cells: readonly CellAt[]): RowSpan[] {
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

/** Runs of adjacent columns that hold a cell to write. */
function columnGroups(cells: readonly CellAt[]): { first: number; last: number }[] {
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
function merged(spans: readonly RowSpan[], price: number): WriteBlock[] {
  const blocks: WriteBlock[] = [];
  let current: WriteBlock | null = null;
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
