import { describe, expect, it } from "vitest";
import { cellText, serialToCalendarText } from "../../../src/domain/change-log/cell-text";
import {
  blocksBetween,
  dropRows,
  priorText,
  recordCells,
  seedRows,
  type SheetSnapshot,
} from "../../../src/domain/change-log/snapshot-blocks";
import { decodeBlock, encodeBlock } from "../../../src/domain/change-log/snapshot-codec";

const empty = (): SheetSnapshot => ({ lastRow: null, blocks: new Map() });
const text = (snapshot: SheetSnapshot, row: number, id: string) => priorText(snapshot, row, id)?.text;

describe("the edit snapshot", () => {
  it("finds a cell by its column's label after the columns were reordered", () => {
    const snapshot = empty();
    recordCells(snapshot, ["Attribute ID", "Type"], 2, ["attribute id", "type"], [["plan", "enum"]]);
    recordCells(snapshot, ["Type", "Attribute ID", "Notes"], 3, ["type", "attribute id", "notes"], [["date", "signup_date", "x"]]);
    expect(text(snapshot, 2, "type")).toBe("enum");
    expect(text(snapshot, 2, "notes")).toBeUndefined();
    expect(text(snapshot, 3, "attribute id")).toBe("signup_date");
  });

  it("a trigger records only its own cells, never what stands beside them", () => {
    const snapshot = empty();
    seedRows(
      snapshot,
      [
        ["Attribute ID", "Type"],
        ["plan", "enum"],
      ],
      100,
    );
    recordCells(snapshot, ["Attribute ID", "Type"], 2, ["type"], [["string"]]);
    expect(priorText(snapshot, 2, "type")).toEqual({ text: "string", seededAt: null });
    expect(priorText(snapshot, 2, "attribute id")).toEqual({ text: "plan", seededAt: 100 });
  });

  it("a reading seeds only what nothing recorded or seeded before, and says when it was taken", () => {
    const snapshot = empty();
    recordCells(snapshot, ["Attribute ID"], 2, ["attribute id"], [["edited"]]);
    seedRows(snapshot, [["Attribute ID"], ["read later"], ["new"]], 100);
    seedRows(snapshot, [["Attribute ID"], ["read again"], ["changed"]], 200);
    expect([priorText(snapshot, 2, "attribute id"), priorText(snapshot, 3, "attribute id")]).toEqual([
      { text: "edited", seededAt: null },
      { text: "new", seededAt: 100 },
    ]);
  });

  it("knows rows below the first reading's last row were empty, and nothing about rows it never saw", () => {
    const snapshot = empty();
    expect(text(snapshot, 5, "type")).toBeUndefined();
    seedRows(snapshot, [["Type"], ["enum"], ["date"]], 100);
    seedRows(snapshot, [["Type"], ["enum"], ["date"], ["pasted"], ["pasted"]], 200);
    expect(snapshot.lastRow).toBe(3);
    expect(text(snapshot, 5, "type")).toBe("");
    dropRows(snapshot, 2, 2);
    expect(text(snapshot, 2, "type")).toBeUndefined();
    expect(text(snapshot, 3, "type")).toBe("date");
  });

  it("stores a block in parts that fit a cache entry and reads it back; a torn or foreign block reads as missing", () => {
    const snapshot = empty();
    const long = Array.from({ length: 100 }, () => ["é".repeat(500)]);
    recordCells(snapshot, ["Privacy notes"], 1, ["privacy notes"], long);
    const parts = encodeBlock(snapshot.blocks.get(0)!, 32_000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => Buffer.byteLength(part) < 100 * 1024)).toBe(true);
    expect(decodeBlock(parts)).toEqual(snapshot.blocks.get(0));
    expect(decodeBlock([parts[0]])).toBeNull();
    expect(decodeBlock([""])).toBeNull();
    expect(decodeBlock(['1:{"h":"not a list","r":{}}'])).toBeNull();
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
