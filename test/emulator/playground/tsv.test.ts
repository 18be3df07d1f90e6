import { describe, expect, it } from "vitest";
import { parseTsv } from "../../../emulator/playground/client/tsv";

describe("parseTsv: rows copied from a spreadsheet", () => {
  it("splits rows on newlines and cells on tabs, the trailing newline ending the last row", () => {
    expect(parseTsv("a\tb\nc\td\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("pads short rows so the pasted block is a rectangle, and keeps empty cells", () => {
    expect(parseTsv("a\t\tc\r\nd")).toEqual([
      ["a", "", "c"],
      ["d", "", ""],
    ]);
  });

  it("reads a quoted cell with a tab, a newline and doubled quotes as one cell", () => {
    expect(parseTsv('"x\ty\nz ""q"""\tnext')).toEqual([['x\ty\nz "q"', "next"]]);
  });

  it("leaves a quote inside unquoted text as typed", () => {
    expect(parseTsv('say "hi" now\t"half')).toEqual([['say "hi" now', '"half']]);
  });
});
