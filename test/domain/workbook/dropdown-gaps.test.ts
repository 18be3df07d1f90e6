import { describe, expect, it } from "vitest";
import { dropdownFingerprint, rowsMissingRules } from "../../../src/domain/workbook/dropdown-gaps";
import type { SheetEdit, SheetPlan } from "../../../src/domain/workbook/sheet-edits";

const type = { values: ["string", "number"], helpText: "Type: choose one of string, number." };
const sensitivity = { values: ["none", "pii"], helpText: "Sensitivity: choose one of none, pii." };
/** Rows 2–11, columns 3–5: Type in column 3, nothing of ours in 4, Sensitivity in 5. */
const edit: Extract<SheetEdit, { kind: "dropdowns" }> = {
  kind: "dropdowns",
  region: { row: 2, column: 3, rows: 10, columns: 3 },
  rules: Array.from({ length: 10 }, () => [type, undefined, sensitivity]),
};
const plan = (rules: (typeof type)[]): SheetPlan => ({
  name: "2 Attributes",
  create: null,
  size: { rows: 10, columns: 5 },
  edits: [{ kind: "dropdowns", region: { row: 2, column: 1, rows: 1, columns: rules.length }, rules: [rules] }],
});

describe("rowsMissingRules", () => {
  it("keeps the rows from the first to the last cell left without its dropdown", () => {
    const gaps = new Set(["5,3", "8,5"]);
    const cut = rowsMissingRules(edit, (row, column) => !gaps.has(`${row},${column}`));
    expect(cut?.region).toEqual({ row: 5, column: 3, rows: 4, columns: 3 });
    expect(cut?.rules).toHaveLength(4);
  });

  it("ignores cells the template gives no dropdown, and needs nothing when every rule is there", () => {
    expect(rowsMissingRules(edit, (_row, column) => column === 3 || column === 5)).toBeNull();
    expect(rowsMissingRules(edit, (row, column) => !(row === 11 && column === 5))?.region).toEqual({
      row: 11,
      column: 3,
      rows: 1,
      columns: 3,
    });
  });
});

describe("dropdownFingerprint", () => {
  it("changes with a list or a help text, not with where the rules are", () => {
    const same = dropdownFingerprint([plan([type, sensitivity])]);
    expect(dropdownFingerprint([plan([sensitivity, type]), null])).toBe(same);
    expect(dropdownFingerprint([plan([{ ...type, values: [...type.values, "date"] }, sensitivity])])).not.toBe(same);
    expect(dropdownFingerprint([plan([{ ...type, helpText: "Pick a type." }, sensitivity])])).not.toBe(same);
  });
});
