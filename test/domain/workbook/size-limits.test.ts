import { describe, expect, it } from "vitest";
import { MAX_PLAN_CELLS, MAX_ROWS_PER_SHEET, workbookSizeProblem } from "../../../src/domain/workbook/size-limits";

const sheet = (rows: number, columns: number) => [
  Array.from({ length: columns }, (_, c) => `Column ${c}`),
  ...Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `${r}-${c}`)),
];

describe("the workbook size limits", () => {
  it("accepts a plan at the limits", () => {
    expect(workbookSizeProblem({ "2 Attributes": sheet(MAX_ROWS_PER_SHEET, 15), "3 Profiles": sheet(2_000, 12) })).toBeNull();
  });

  it("names the sheet past its row limit, with the limit", () => {
    expect(workbookSizeProblem({ "2 Attributes": sheet(MAX_ROWS_PER_SHEET + 1, 3) })).toBe(
      "2 Attributes has 10,001 rows; the add-on handles at most 10,000 rows per sheet.",
    );
  });

  it("counts cells across sheets, trailing empty rows and the Change log aside", () => {
    const blankTail = [...sheet(10, 3), ...Array.from({ length: 20_000 }, () => ["", "", ""])];
    expect(workbookSizeProblem({ "1 Objectives": blankTail, "Change log": sheet(50_000, 8) })).toBeNull();
    const wide = Math.ceil(MAX_PLAN_CELLS / 4 / 9_000);
    const problem = workbookSizeProblem(Object.fromEntries(["1", "2", "3", "4"].map((n) => [`${n} Sheet`, sheet(9_000, wide)])));
    expect(problem).toMatch(/^The plan's sheets hold [\d,]+ cells; the add-on handles at most 300,000\.$/);
  });
});
