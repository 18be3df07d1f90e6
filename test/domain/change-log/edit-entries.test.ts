import { describe, expect, it } from "vitest";
import { editEntries, UNKNOWN_OLD_VALUE, type Edit } from "../../../src/domain/change-log/edit-entries";
import { recordRows, type SheetSnapshot } from "../../../src/domain/change-log/snapshot-blocks";
import { setupEntries } from "../../../src/domain/change-log/setup-entries";
import { stageSheetNamed } from "../../../src/domain/change-log/stage-sheets";

const HEADER = ["Attribute ID", "Type", "Coverage %"];
const BEFORE: [number, string[]][] = [
  [2, ["plan", "enum", "98"]],
  [3, ["signup_date", "date", "97"]],
];

function snapshotOf(rows: [number, string[]][]): SheetSnapshot {
  const snapshot: SheetSnapshot = { lastRow: 3, blocks: new Map() };
  recordRows(snapshot, HEADER, new Map(rows), "overwrite");
  return snapshot;
}

const edit = (overrides: Partial<Edit>): Edit => ({
  sheet: stageSheetNamed("2 Attributes")!,
  header: HEADER,
  firstRow: 2,
  firstColumn: 2,
  numRows: 2,
  numColumns: 2,
  rows: [
    ["plan", "enum", "50"],
    ["signup_date", "timestamp", "97"],
  ],
  snapshot: snapshotOf(BEFORE),
  timestamp: "2026-11-25T10:00:00.000Z",
  user: "dana@example.com",
  ...overrides,
});

const brief = (entries: ReturnType<typeof editEntries>) => entries.map((e) => [e.rowKey, e.column, e.oldValue, e.newValue]);

describe("Change log rows for one edit", () => {
  it("a paste logs each changed cell with its old value, by row ID and column label", () => {
    expect(brief(editEntries(edit({})))).toEqual([
      ["plan", "Coverage %", "98", "50"],
      ["signup_date", "Type", "date", "timestamp"],
    ]);
  });

  it("a cell whose old value the snapshot lacks is logged as unknown; cleared unknown cells in one row", () => {
    const snapshot: SheetSnapshot = { lastRow: null, blocks: new Map() };
    const entries = editEntries(
      edit({
        snapshot,
        rows: [
          ["plan", "enum", ""],
          ["signup_date", "date", ""],
        ],
      }),
    );
    expect(brief(entries)).toEqual([
      ["plan", "Type", UNKNOWN_OLD_VALUE, "enum"],
      ["signup_date", "Type", UNKNOWN_OLD_VALUE, "date"],
      ["B2:C3", "", UNKNOWN_OLD_VALUE, "(cleared 2 cells)"],
    ]);
  });

  it("does not diff a row against another row's values when rows moved since the snapshot", () => {
    const moved = snapshotOf([
      [2, ["seats_used", "integer", "98"]],
      [3, ["signup_date", "date", "97"]],
    ]);
    expect(brief(editEntries(edit({ snapshot: moved })))).toEqual([
      ["plan", "Type", UNKNOWN_OLD_VALUE, "enum"],
      ["plan", "Coverage %", UNKNOWN_OLD_VALUE, "50"],
      ["signup_date", "Type", "date", "timestamp"],
    ]);
  });

  it("a single cell takes Sheets' own old value, a date's serial number as calendar text", () => {
    const governance = stageSheetNamed("5 Governance")!;
    const entries = editEntries(
      edit({
        sheet: governance,
        header: ["Scope", "Item", "Next review"],
        firstRow: 2,
        firstColumn: 3,
        numRows: 1,
        numColumns: 1,
        rows: [["plan", "*", "2027-01-15"]],
        eventOldValue: "46371",
      }),
    );
    expect(brief(entries)).toEqual([["plan: *", "Next review", "2026-12-15", "2027-01-15"]]);
  });

  it("names an activation by profile and channel, a Plan row by its field", () => {
    const activation = editEntries(
      edit({
        sheet: stageSheetNamed("4 Activation")!,
        header: ["Profile ID", "Channel", "Status"],
        firstRow: 2,
        firstColumn: 3,
        numRows: 1,
        numColumns: 1,
        rows: [["new-free-users", "email", "live"]],
        eventOldValue: "ready",
      }),
    );
    const plan = editEntries(
      edit({
        sheet: stageSheetNamed("Plan")!,
        header: ["Field", "Value"],
        firstRow: 3,
        firstColumn: 2,
        numRows: 1,
        numColumns: 1,
        rows: [["Initiative", "PLG v2"]],
        eventOldValue: "PLG",
      }),
    );
    expect([...brief(activation), ...brief(plan)]).toEqual([
      ["new-free-users → email", "Status", "ready", "live"],
      ["Initiative", "Value", "PLG", "PLG v2"],
    ]);
  });

  it("the Change log and anyone's own sheets are not stage sheets", () => {
    expect([stageSheetNamed("Change log"), stageSheetNamed("Sheet1"), stageSheetNamed("Activation checklist")]).toEqual([null, null, null]);
  });
});

describe("Change log rows for a setup run", () => {
  it("lists sheets created, columns added and Plan values written; nothing when nothing changed", () => {
    const entries = setupEntries(
      {
        created: ["Plan"],
        upgraded: [{ sheet: "2 Attributes", addedColumns: ["Usage labels"] }],
        planFields: [{ label: "Initiative", before: "", after: "PLG" }],
      },
      "t",
      "ana@example.com",
    );
    expect(entries.map((e) => [e.sheet, e.rowKey, e.column, e.oldValue, e.newValue, e.source])).toEqual([
      ["Plan", null, null, null, "sheet created", "setup"],
      ["2 Attributes", null, "Usage labels", null, "column added", "setup"],
      ["Plan", "Initiative", "Value", null, "PLG", "setup"],
    ]);
    expect(setupEntries({ created: [], upgraded: [{ sheet: "Plan", addedColumns: [] }], planFields: [] }, "t", "x")).toEqual([]);
  });
});
