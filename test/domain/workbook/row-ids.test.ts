import { describe, expect, it } from "vitest";
import { sheetForStage } from "../../../src/domain/schema/workbook";
import { rowIds } from "../../../src/domain/workbook";

describe("rowIds: the IDs a sheet holds, for the sidebar's pick lists", () => {
  it("reads the key column by its label wherever it moved, once each, skipping blanks", () => {
    const values = [
      ["Name", " attribute  id "],
      ["Plan", "plan"],
      ["", ""],
      ["Seats", " seats_used "],
      ["Plan again", "plan"],
    ];
    expect(rowIds(sheetForStage("attributes"), values)).toEqual(["plan", "seats_used"]);
  });

  it("is empty on a sheet without its key column", () => {
    expect(rowIds(sheetForStage("profiles"), [["Name"], ["x"]])).toEqual([]);
    expect(rowIds(sheetForStage("profiles"), [])).toEqual([]);
  });
});
