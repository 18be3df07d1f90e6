import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeCellEdits } from "../../../src/domain/workbook/merge-cell-edits";
import type { GridCell, SheetEdit } from "../../../src/domain/workbook/sheet-edits";

type CellsEdit = Extract<SheetEdit, { kind: "cells" }>;

/** A sheet just inserted (every cell blank) after the edits, applied in order: the values grid. */
function sheetAfter(edits: readonly SheetEdit[], rows: number, columns: number): GridCell[][] {
  const grid: GridCell[][] = Array.from({ length: rows }, () => Array(columns).fill(""));
  for (const edit of edits)
    if (edit.kind === "cells" && edit.property === "values")
      edit.cells.forEach((line, r) => line.forEach((cell, c) => (grid[edit.row - 1 + r][edit.column - 1 + c] = cell)));
  return grid;
}

const cellsOf = (edits: readonly SheetEdit[]) =>
  edits.reduce((n, edit) => n + (edit.kind === "cells" ? edit.cells.length * (edit.cells[0]?.length ?? 0) : 0), 0);

/** A header over `rows` data rows; the columns in `empty` hold nothing below it. */
function table(rows: number, width: number, empty: ReadonlySet<number>): SheetEdit[] {
  const header: CellsEdit = {
    kind: "cells",
    property: "values",
    row: 1,
    column: 1,
    cells: [Array.from({ length: width }, (_, c) => `H${c}`)],
  };
  const data: CellsEdit = {
    kind: "cells",
    property: "values",
    row: 2,
    column: 1,
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => (empty.has(c) ? "" : `${r}:${c}`))),
  };
  return [header, { kind: "frozenRows", rows: 1 }, data];
}

describe("cell edits on a sheet just inserted", () => {
  it("leave the sheet as the edits one by one would, whatever is blank where", () => {
    const edit = (maxRow: number) =>
      fc
        .record({
          row: fc.integer({ min: 1, max: maxRow }),
          column: fc.integer({ min: 1, max: 8 }),
          cells: fc.array(fc.array(fc.constantFrom<GridCell>("", "", "x", 7, false), { minLength: 3, maxLength: 3 }), {
            minLength: 1,
            maxLength: 40,
          }),
        })
        .map((e): CellsEdit => ({ kind: "cells", property: "values", ...e }));
    fc.assert(
      fc.property(fc.array(edit(60), { minLength: 1, maxLength: 4 }), (edits) => {
        expect(sheetAfter(mergeCellEdits(edits), 100, 11)).toEqual(sheetAfter(edits, 100, 11));
      }),
      { numRuns: 300 },
    );
  });

  it("write a header and 1,000 rows with two empty columns in four blocks that skip those columns, keeping the other edits' order", () => {
    const edits = table(1000, 15, new Set([9, 12]));
    const merged = mergeCellEdits(edits);
    expect(merged.map((e) => (e.kind === "cells" ? `${e.row},${e.column} ${e.cells.length}×${e.cells[0].length}` : e.kind))).toEqual([
      "1,1 1×15",
      "2,1 1000×9",
      "2,11 1000×2",
      "2,14 1000×2",
      "frozenRows",
    ]);
    expect(cellsOf(merged)).toBe(15 + 1000 * 13);
  });

  it("write a small table as one block, and write nothing where everything is blank", () => {
    expect(mergeCellEdits(table(3, 15, new Set([9, 12]))).filter((e) => e.kind === "cells")).toHaveLength(1);
    expect(mergeCellEdits([{ kind: "cells", property: "notes", row: 1, column: 1, cells: [["", ""]] }])).toEqual([]);
  });
});
