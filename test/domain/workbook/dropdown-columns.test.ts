import { describe, expect, it } from "vitest";
import { dropdownColumns } from "../../../src/domain/workbook/dropdown-columns";
import type { SheetEdit } from "../../../src/domain/workbook/sheet-edits";

const type = { values: ["string", "number"], helpText: "Type: choose one of string, number." };
const sensitivity = { values: ["none", "pii"], helpText: "Sensitivity: choose one of none, pii." };
type DropdownsEdit = Extract<SheetEdit, { kind: "dropdowns" }>;
/** `rows` rows from row 2 of columns 3–12: Type in column 3, Sensitivity in 12, nothing of ours between. */
const edit = (rows: number): DropdownsEdit => {
  const line = [type, ...Array.from({ length: 8 }, () => undefined), sensitivity];
  return { kind: "dropdowns", region: { row: 2, column: 3, rows, columns: 10 }, rules: Array.from({ length: rows }, () => line) };
};

describe("dropdownColumns", () => {
  it("writes a 1,000-row template as one rule per dropdown column, not 10,000 cells", () => {
    expect(dropdownColumns(edit(1000))).toEqual([
      { column: 3, rule: type },
      { column: 12, rule: sensitivity },
    ]);
  });

  it("keeps the grid for a few rows, where two more calls cost more than the cells", () => {
    expect(dropdownColumns(edit(3))).toBeNull();
  });

  it("keeps the grid when rows of a column take different rules (the Plan sheet's Value cells)", () => {
    const mixed = edit(1000);
    mixed.rules = mixed.rules.map((line, r) => (r === 500 ? [sensitivity, ...line.slice(1)] : line));
    expect(dropdownColumns(mixed)).toBeNull();
  });
});
