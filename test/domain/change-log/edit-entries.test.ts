import { describe, expect, it } from "vitest";
import { editEntries, UNKNOWN_OLD_VALUE } from "../../../src/domain/change-log/edit-entries";
import { editRecord, readWindow, type EditRead } from "../../../src/domain/change-log/edit-record";
import { overwriteRows, seedRows, type SheetSnapshot } from "../../../src/domain/change-log/snapshot-blocks";
import { setupEntries } from "../../../src/domain/change-log/setup-entries";
import { stageSheetNamed } from "../../../src/domain/change-log/stage-sheets";

const HEADER = ["Attribute ID", "Type", "Coverage %"];
const BEFORE = [HEADER, ["plan", "enum", "98"], ["signup_date", "date", "97"]];
const ATTRIBUTES = stageSheetNamed("2 Attributes")!;

/** What the edit trigger recorded for every cell (as after an import): exact. */
function recorded(rows: string[][] = BEFORE): SheetSnapshot {
  const snapshot: SheetSnapshot = { lastRow: null, blocks: new Map() };
  overwriteRows(snapshot, rows);
  return snapshot;
}

/** What a validation read at `at` (ms) seeded, with nothing recorded. */
function seeded(rows: string[][], at: number): SheetSnapshot {
  const snapshot: SheetSnapshot = { lastRow: null, blocks: new Map() };
  seedRows(snapshot, rows, at);
  return snapshot;
}

/** An edit of `sheet` as its trigger reads it: `after` is the whole sheet after the edit, from row 1. */
function edit(
  after: string[][],
  range: Pick<EditRead, "firstRow" | "firstColumn" | "numRows" | "numColumns">,
  more: Partial<EditRead> = {},
) {
  const window = readWindow(range.firstRow, range.numRows, after.length);
  return {
    id: "e1",
    at: "2026-11-25T10:00:00.000Z",
    trustSeedsBefore: 1_000,
    user: "dana@example.com",
    ...range,
    header: after[0],
    readFrom: window.from,
    read: after.slice(window.from - 1, window.to),
    ...more,
  };
}

const PASTE = { firstRow: 2, firstColumn: 2, numRows: 2, numColumns: 2 };
const PASTED = [HEADER, ["plan", "enum", "50"], ["signup_date", "timestamp", "97"]];
const entriesOf = (snapshot: SheetSnapshot, read: EditRead, stage = ATTRIBUTES) => editEntries(stage, editRecord(stage, read), snapshot);
const brief = (entries: ReturnType<typeof editEntries>) => entries.map((e) => [e.rowKey, e.column, e.oldValue, e.newValue]);

describe("Change log rows for one edit", () => {
  it("a paste logs each changed cell with its old value, by row ID and column label", () => {
    expect(brief(entriesOf(recorded(), edit(PASTED, PASTE)))).toEqual([
      ["plan", "Coverage %", "98", "50"],
      ["signup_date", "Type", "date", "timestamp"],
    ]);
  });

  it("a cell whose old value the snapshot lacks is logged as unknown; cleared unknown cells in one row", () => {
    const after = [HEADER, ["plan", "enum", ""], ["signup_date", "date", ""]];
    expect(brief(entriesOf({ lastRow: null, blocks: new Map() }, edit(after, PASTE)))).toEqual([
      ["plan", "Type", UNKNOWN_OLD_VALUE, "enum"],
      ["signup_date", "Type", UNKNOWN_OLD_VALUE, "date"],
      ["B2:C3", "", UNKNOWN_OLD_VALUE, "(cleared 2 cells)"],
    ]);
  });

  it("does not diff a row against another row's values when rows moved since the snapshot", () => {
    const moved = recorded([HEADER, ["seats_used", "integer", "98"], ["signup_date", "date", "97"]]);
    expect(brief(entriesOf(moved, edit(PASTED, PASTE)))).toEqual([
      ["plan", "Type", UNKNOWN_OLD_VALUE, "enum"],
      ["plan", "Coverage %", UNKNOWN_OLD_VALUE, "50"],
      ["signup_date", "Type", "date", "timestamp"],
    ]);
  });

  it("a row that moved since the snapshot (rows deleted or sorted above it) is diffed against the row known under its key", () => {
    // signup_date was row 3 when recorded; plan's row was deleted, so it stands at row 2 now.
    const snapshot = recorded([HEADER, ["plan", "enum", "98"], ["signup_date", "date", "97"]]);
    const after = [HEADER, ["signup_date", "timestamp", "90"]];
    expect(
      brief(entriesOf(snapshot, edit(after, { firstRow: 2, firstColumn: 2, numRows: 1, numColumns: 2 }, { oldValue: undefined }))),
    ).toEqual([
      ["signup_date", "Type", "date", "timestamp"],
      ["signup_date", "Coverage %", "97", "90"],
    ]);
  });

  it("a row inserted and pasted into was empty before; the rows it pushed down are not diffed against it", () => {
    const after = [HEADER, ["plan", "enum", "98"], ["seats_used", "integer", "90"], ["signup_date", "date", "97"]];
    const entries = entriesOf(recorded(), edit(after, { firstRow: 3, firstColumn: 1, numRows: 1, numColumns: 3 }));
    expect(brief(entries)).toEqual([
      ["seats_used", "Attribute ID", null, "seats_used"],
      ["seats_used", "Type", null, "integer"],
      ["seats_used", "Coverage %", null, "90"],
    ]);
  });

  it("renaming an ID in place is a change of that row, not an insert", () => {
    const after = [HEADER, ["plan_tier", "enum", "98"], ["signup_date", "date", "97"]];
    const entries = entriesOf(recorded(), edit(after, { firstRow: 2, firstColumn: 1, numRows: 1, numColumns: 2 }));
    expect(brief(entries)).toEqual([["plan_tier", "Attribute ID", "plan", "plan_tier"]]);
  });

  it("a validation's reading differing from the new value is the old value, however recent", () => {
    const justRead = seeded(BEFORE, 5_000);
    expect(brief(entriesOf(justRead, edit(PASTED, PASTE, { trustSeedsBefore: 1_000 })))).toEqual([
      ["plan", "Type", UNKNOWN_OLD_VALUE, "enum"],
      ["plan", "Coverage %", "98", "50"],
      ["signup_date", "Type", "date", "timestamp"],
      ["signup_date", "Coverage %", UNKNOWN_OLD_VALUE, "97"],
    ]);
  });

  it("a reading equal to the new value means no change once it predates the trigger, and unknown while it may already hold the paste", () => {
    const before = seeded(PASTED, 500);
    expect(brief(entriesOf(before, edit(PASTED, PASTE, { trustSeedsBefore: 1_000 })))).toEqual([]);
    const after = seeded(PASTED, 2_000);
    expect(brief(entriesOf(after, edit(PASTED, PASTE, { trustSeedsBefore: 1_000 })))).toEqual([
      ["plan", "Type", UNKNOWN_OLD_VALUE, "enum"],
      ["plan", "Coverage %", UNKNOWN_OLD_VALUE, "50"],
      ["signup_date", "Type", UNKNOWN_OLD_VALUE, "timestamp"],
      ["signup_date", "Coverage %", UNKNOWN_OLD_VALUE, "97"],
    ]);
  });

  it("rows below the sheet's last row at the first reading were empty, whatever a later reading saw", () => {
    const snapshot = seeded(BEFORE, 500);
    const after = [...BEFORE, ["seats_used", "integer", "90"]];
    seedRows(snapshot, after, 2_000);
    const entries = entriesOf(
      snapshot,
      edit(after, { firstRow: 4, firstColumn: 1, numRows: 1, numColumns: 3 }, { trustSeedsBefore: 1_000 }),
    );
    expect(brief(entries)).toEqual([
      ["seats_used", "Attribute ID", null, "seats_used"],
      ["seats_used", "Type", null, "integer"],
      ["seats_used", "Coverage %", null, "90"],
    ]);
  });

  it("a single cell takes Sheets' own old value, a date's serial number as calendar text", () => {
    const governance = stageSheetNamed("5 Governance")!;
    const after = [
      ["Scope", "Item", "Next review"],
      ["plan", "*", "2027-01-15"],
    ];
    const entries = entriesOf(
      recorded(),
      edit(after, { firstRow: 2, firstColumn: 3, numRows: 1, numColumns: 1 }, { oldValue: "46371" }),
      governance,
    );
    expect(brief(entries)).toEqual([["plan: *", "Next review", "2026-12-15", "2027-01-15"]]);
  });

  it("names an activation by profile and channel, a Plan row by its field", () => {
    const activation = entriesOf(
      recorded(),
      edit(
        [
          ["Profile ID", "Channel", "Status"],
          ["new-free-users", "email", "live"],
        ],
        { firstRow: 2, firstColumn: 3, numRows: 1, numColumns: 1 },
        { oldValue: "ready" },
      ),
      stageSheetNamed("4 Activation")!,
    );
    const plan = entriesOf(
      recorded(),
      edit(
        [
          ["Field", "Value"],
          ["Plan ID", "p"],
          ["Initiative", "PLG v2"],
        ],
        { firstRow: 3, firstColumn: 2, numRows: 1, numColumns: 1 },
        { oldValue: "PLG" },
      ),
      stageSheetNamed("Plan")!,
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
