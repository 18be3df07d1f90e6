import { describe, expect, it } from "vitest";
import {
  boundingRegion,
  changedRuns,
  changedSpan,
  clipRegion,
  editRegion,
  type SheetEdit,
  valuesAfter,
} from "../../../src/domain/workbook/sheet-edits";

describe("sheet edits", () => {
  it("write only the runs of cells that change, so a formula in a cell left alone stays", () => {
    const edits = changedRuns("values", { row: 1, column: 2, along: "column" }, [], [undefined, "a", "b", undefined, "c"], () => false);
    expect(edits).toEqual([
      { kind: "cells", property: "values", row: 2, column: 2, cells: [["a"], ["b"]] },
      { kind: "cells", property: "values", row: 5, column: 2, cells: [["c"]] },
    ]);
  });

  it("write formats in one span from the first to the last cell that differs, or not at all", () => {
    const line = { row: 1, column: 1, along: "row" } as const;
    expect(changedSpan("weights", line, ["bold", "normal", "bold", "normal"], ["bold", "bold", "bold", "bold"])).toEqual([
      { kind: "cells", property: "weights", row: 1, column: 2, cells: [["bold", "bold", "bold"]] },
    ]);
    expect(changedSpan("notes", line, ["x", "y"], ["x", "y"])).toEqual([]);
  });

  it("bound, clip and locate the regions edits write", () => {
    const a = { row: 2, column: 3, rows: 4, columns: 2 };
    const b = { row: 1, column: 5, rows: 1, columns: 3 };
    expect(boundingRegion([a, b])).toEqual({ row: 1, column: 3, rows: 5, columns: 5 });
    expect(clipRegion({ row: 990, column: 1, rows: 20, columns: 30 }, { rows: 1000, columns: 26 })).toEqual({
      row: 990,
      column: 1,
      rows: 11,
      columns: 26,
    });
    expect(clipRegion({ row: 1001, column: 1, rows: 5, columns: 1 }, { rows: 1000, columns: 26 })).toBeNull();
    expect(editRegion({ kind: "frozenRows", rows: 1 })).toBeNull();
  });

  it("give a sheet's values after its edits as getValues returns them: no apostrophe, no trailing empty rows", () => {
    const before = [
      ["ID", "Name"],
      ["a", "old"],
      ["b", "old"],
    ];
    const edits: SheetEdit[] = [
      {
        kind: "cells",
        property: "values",
        row: 2,
        column: 1,
        cells: [
          ["'007", "'=x"],
          ["", ""],
        ],
      },
      { kind: "cells", property: "values", row: 1, column: 3, cells: [["Notes"]] },
      { kind: "cells", property: "notes", row: 2, column: 1, cells: [["not a value"]] },
    ];
    expect(valuesAfter(before, edits)).toEqual([
      ["ID", "Name", "Notes"],
      ["007", "=x", ""],
    ]);
  });
});
