import { describe, expect, it } from "vitest";
import { finding } from "../../../src/domain/validation";
import { MARK, markCells, SEVERITY_BACKGROUND } from "../../../src/domain/validation/annotations";

const header = ["Attribute ID", "Type"];
const white = () => [
  ["#e8f0fe", "#e8f0fe"],
  ["#ffffff", "#ffffff"],
  ["#ffffff", "#ffffff"],
];
const typeError = finding("SCHEMA", { sheet: "2 Attributes", row: 2, column: "Type" }, 'Type must be one of string, … (got "numbr").');

describe("cell marks", () => {
  it("mark the cell of a finding with a note and a background by severity", () => {
    const marks = markCells(
      header,
      [
        ["", ""],
        ["", ""],
        ["", ""],
      ],
      white(),
      [typeError],
    );
    expect(marks.notes[1][1]).toBe(`${MARK}\nERROR SCHEMA: Type must be one of string, … (got "numbr").`);
    expect(marks.backgrounds[1][1]).toBe(SEVERITY_BACKGROUND.error);
    expect(marks.notes[1][0]).toBe("");
    expect(marks.blocks).toEqual([{ row: 1, column: 1, numRows: 1, numColumns: 1 }]);
  });

  it("keep a person's note above the mark, and give it back alone once fixed", () => {
    const marked = markCells(
      header,
      [
        ["", ""],
        ["", "Ask Dana about this"],
        ["", ""],
      ],
      white(),
      [typeError],
    );
    expect(marked.notes[1][1]).toMatch(/^Ask Dana about this\n\n⚑ Validation\nERROR SCHEMA/);
    const fixed = markCells(header, marked.notes, marked.backgrounds, []);
    expect(fixed.notes[1][1]).toBe("Ask Dana about this");
    expect(fixed.backgrounds[1][1]).toBe("#ffffff");
  });

  it("restore the colour a person gave the cell before it was marked", () => {
    const backgrounds = white();
    backgrounds[1][1] = "#b7e1cd";
    const marked = markCells(
      header,
      [
        ["", ""],
        ["", ""],
        ["", ""],
      ],
      backgrounds,
      [typeError],
    );
    expect(marked.backgrounds[1][1]).toBe(SEVERITY_BACKGROUND.error);
    const fixed = markCells(header, marked.notes, marked.backgrounds, []);
    expect(fixed.backgrounds[1][1]).toBe("#b7e1cd");
    expect(fixed.notes[1][1]).toBe("");
  });

  it("change nothing on a clean sheet, and nothing twice", () => {
    expect(
      markCells(
        header,
        [
          ["", ""],
          ["", ""],
          ["", ""],
        ],
        white(),
        [],
      ).blocks,
    ).toEqual([]);
    const once = markCells(
      header,
      [
        ["", ""],
        ["", ""],
        ["", ""],
      ],
      white(),
      [typeError],
    );
    expect(markCells(header, once.notes, once.backgrounds, [typeError]).blocks).toEqual([]);
  });

  it("find the column by its label wherever it sits", () => {
    const marks = markCells(
      ["Type", "Attribute ID"],
      [
        ["", ""],
        ["", ""],
        ["", ""],
      ],
      white(),
      [typeError],
    );
    expect(marks.backgrounds[1][0]).toBe(SEVERITY_BACKGROUND.error);
  });
});
