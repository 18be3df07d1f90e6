import { describe, expect, it } from "vitest";
import { cellText, serialToCalendarText } from "../../../src/domain/change-log/cell-text";
import {
  blocksBetween,
  decodeBlock,
  encodeBlock,
  previousText,
  recordRows,
  type SheetSnapshot,
} from "../../../src/domain/change-log/snapshot-blocks";

const empty = (): SheetSnapshot => ({ lastRow: null, blocks: new Map() });
const rows = (entries: [number, string[]][]) => new Map(entries);

describe("the edit snapshot", () => {
  it("finds a cell by its column's label after the columns were reordered", () => {
    const snapshot = empty();
    recordRows(snapshot, ["Attribute ID", "Type"], rows([[2, ["plan", "enum"]]]), "overwrite");
    recordRows(snapshot, ["Type", "Attribute ID", "Notes"], rows([[3, ["date", "signup_date", "x"]]]), "overwrite");
    expect(previousText(snapshot, 2, "type")).toBe("enum");
    expect(previousText(snapshot, 2, "notes")).toBeUndefined();
    expect(previousText(snapshot, 3, "attribute id")).toBe("signup_date");
  });

  it("fill adds only rows it lacks; overwrite replaces", () => {
    const snapshot = empty();
    recordRows(snapshot, ["Attribute ID"], rows([[2, ["edited"]]]), "overwrite");
    recordRows(
      snapshot,
      ["Attribute ID"],
      rows([
        [2, ["read later"]],
        [3, ["new"]],
      ]),
      "fill",
    );
    expect([previousText(snapshot, 2, "attribute id"), previousText(snapshot, 3, "attribute id")]).toEqual(["edited", "new"]);
    recordRows(snapshot, ["Attribute ID"], rows([[2, ["imported"]]]), "overwrite");
    expect(previousText(snapshot, 2, "attribute id")).toBe("imported");
  });

  it("knows rows below the seeded data were empty, and nothing about rows it never saw", () => {
    const snapshot = empty();
    expect(previousText(snapshot, 5, "type")).toBeUndefined();
    snapshot.lastRow = 3;
    expect(previousText(snapshot, 5, "type")).toBe("");
    expect(previousText(snapshot, 2, "type")).toBeUndefined();
  });

  it("stores a block in parts that fit a cache entry and reads it back; a torn block reads as missing", () => {
    const snapshot = empty();
    recordRows(
      snapshot,
      ["Privacy notes"],
      rows(Array.from({ length: 100 }, (_, i) => [i + 1, ["é".repeat(500)]] as [number, string[]])),
      "overwrite",
    );
    const parts = encodeBlock(snapshot.blocks.get(0)!, 32_000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => Buffer.byteLength(part) < 100 * 1024)).toBe(true);
    expect(decodeBlock(parts)).toEqual(snapshot.blocks.get(0));
    expect(decodeBlock([parts[0]])).toBeNull();
    expect(decodeBlock([""])).toBeNull();
  });

  it("a paste over rows 95–205 touches three blocks, whatever the sheet's size", () => {
    expect(blocksBetween(95, 205)).toEqual([0, 1, 2]);
  });
});

describe("cells as the Change log writes them", () => {
  it.each([
    [46006, "2025-12-15"],
    [46006.5, "2025-12-15T12:00:00"],
  ])("onEdit's serial date %s is %s", (serial, text) => expect(serialToCalendarText(serial)).toBe(text));

  it("shows booleans as Sheets does and dates through the spreadsheet's calendar", () => {
    expect([true, false, 12.5, "", null].map((v) => cellText(v, () => "?"))).toEqual(["TRUE", "FALSE", "12.5", "", ""]);
    expect(cellText(new Date("2026-01-02T00:00:00Z"), () => "2026-01-02")).toBe("2026-01-02");
  });
});
