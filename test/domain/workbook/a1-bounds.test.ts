import { describe, expect, it } from "vitest";
import { a1Bounds } from "../../../src/domain/workbook/a1-bounds";

describe("an edit's position from its A1 notation", () => {
  it("reads a single cell and a block, columns past Z included", () => {
    expect(a1Bounds("B7")).toEqual({ row: 7, column: 2, rows: 1, columns: 1 });
    expect(a1Bounds("B40:K139")).toEqual({ row: 40, column: 2, rows: 100, columns: 10 });
    expect(a1Bounds("AA1:AB2")).toEqual({ row: 1, column: 27, rows: 2, columns: 2 });
  });

  it("gives up on whole rows and columns, so the trigger asks the range instead", () => {
    expect(a1Bounds("B:B")).toBeNull();
    expect(a1Bounds("3:5")).toBeNull();
    expect(a1Bounds("Sheet1!A1")).toBeNull();
  });
});
