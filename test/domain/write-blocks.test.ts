import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CellAt, MAX_BLOCKS, writeBlocks } from "../../src/domain/write-blocks";

const cellsOf = (blocks: ReturnType<typeof writeBlocks>) => blocks.reduce((n, b) => n + b.numRows * b.numColumns, 0);
const rowOf = (row: number, ...columns: number[]): CellAt[] => columns.map((column) => ({ row, column }));

describe("the blocks a write is cut into", () => {
  it("write one column, not the rows' whole width, when one column is wrong every tenth row of 10,000", () => {
    const cells = Array.from({ length: 1000 }, (_, i) => rowOf(1 + i * 10, 2)).flat();
    expect(writeBlocks(cells)).toEqual([{ row: 1, column: 2, numRows: 9991, numColumns: 1 }]);
  });

  it("write two columns apart when findings sit in columns A and I of different rows", () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => (i % 5 === 0 ? rowOf(i + 1, 0, 8) : i % 3 === 0 ? rowOf(i + 1, 0) : [])).flat();
    expect(writeBlocks(cells)).toEqual([
      { row: 1, column: 0, numRows: 10_000, numColumns: 1 },
      { row: 1, column: 8, numRows: 9996, numColumns: 1 },
    ]);
  });

  it("write two small blocks for two cells far apart, and one for two neighbours", () => {
    expect(writeBlocks([...rowOf(3, ...Array.from({ length: 13 }, (_, c) => c)), ...rowOf(9000, 5)])).toEqual([
      { row: 3, column: 0, numRows: 1, numColumns: 13 },
      { row: 9000, column: 5, numRows: 1, numColumns: 1 },
    ]);
    expect(writeBlocks([...rowOf(3, 4), ...rowOf(5, 6)])).toEqual([{ row: 3, column: 4, numRows: 3, numColumns: 3 }]);
  });

  it("write a header over every column apart from data rows that leave columns empty", () => {
    const header = rowOf(0, ...Array.from({ length: 15 }, (_, c) => c));
    const data = Array.from({ length: 1000 }, (_, r) =>
      rowOf(r + 1, ...Array.from({ length: 15 }, (_, c) => c).filter((c) => c !== 9 && c !== 12)),
    ).flat();
    expect(writeBlocks([...header, ...data])).toEqual([
      { row: 0, column: 0, numRows: 1, numColumns: 15 },
      { row: 1, column: 0, numRows: 1000, numColumns: 9 },
      { row: 1, column: 10, numRows: 1000, numColumns: 2 },
      { row: 1, column: 13, numRows: 1000, numColumns: 2 },
    ]);
    // A few rows are not worth the calls: one block.
    expect(writeBlocks([...header, ...data.filter((cell) => cell.row <= 3)])).toEqual([{ row: 0, column: 0, numRows: 4, numColumns: 15 }]);
  });

  it("write nothing when nothing changes", () => {
    expect(writeBlocks([])).toEqual([]);
  });

  it("cover every changed cell with at most a few blocks that never overlap, never more cells than the changed span", () => {
    const cells = fc
      .uniqueArray(fc.record({ row: fc.integer({ min: 1, max: 20_000 }), column: fc.nat(40) }), {
        selector: (c) => `${c.row}:${c.column}`,
        maxLength: 300,
      })
      .map((list) => list.sort((a, b) => a.row - b.row || a.column - b.column));
    fc.assert(
      fc.property(cells, (changed) => {
        const blocks = writeBlocks(changed);
        expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
        const inside = (b: (typeof blocks)[number], row: number, column: number) =>
          row >= b.row && row < b.row + b.numRows && column >= b.column && column < b.column + b.numColumns;
        for (const { row, column } of changed) expect(blocks.filter((b) => inside(b, row, column))).toHaveLength(1);
        if (changed.length === 0) return;
        const rows = changed.map((c) => c.row);
        const columns = changed.map((c) => c.column);
        const span = (Math.max(...rows) - Math.min(...rows) + 1) * (Math.max(...columns) - Math.min(...columns) + 1);
        expect(cellsOf(blocks)).toBeLessThanOrEqual(span);
      }),
      { numRuns: 300 },
    );
  });
});
