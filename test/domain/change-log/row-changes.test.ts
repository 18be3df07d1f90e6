import { describe, expect, it } from "vitest";
import { ROW_DELETED, ROWS_INSERTED, rowChanges } from "../../../src/domain/change-log/row-changes";
import { rebaseRows, recordCells, seedRows, type SheetSnapshot } from "../../../src/domain/change-log/snapshot-blocks";
import { stageSheetNamed } from "../../../src/domain/change-log/stage-sheets";

const attributes = stageSheetNamed("2 Attributes")!;
const HEADER = ["Attribute ID", "Label", "Type"];
const sheet = (...ids: string[]) => [HEADER, ...ids.map((id) => (id ? [id, `${id} label`, "string"] : ["", "", ""]))];

/** signup_date's row, deleted, as the Change log names it. */
const SIGNUP_DATE_DELETED = {
  rowKey: "signup_date",
  column: ROW_DELETED,
  oldValue: "Attribute ID: signup_date; Label: signup_date label; Type: string",
  newValue: null,
};

/** What Validate saw an hour ago. */
function seeded(...ids: string[]): SheetSnapshot {
  const snapshot: SheetSnapshot = { lastRow: null, blocks: new Map() };
  seedRows(snapshot, sheet(...ids), 1_000);
  return snapshot;
}

describe("rows deleted and inserted, found against the edit snapshot", () => {
  it("names a deleted row by its key and keeps every value it held", () => {
    const changes = rowChanges(attributes, seeded("plan", "signup_date", "country"), sheet("plan", "country"));
    expect(changes).toEqual([SIGNUP_DATE_DELETED]);
  });

  it("finds the last rows deleted, with nothing below them to move up", () => {
    const changes = rowChanges(attributes, seeded("plan", "signup_date", "country"), sheet("plan"));
    expect(changes.map((change) => [change.rowKey, change.column])).toEqual([
      ["signup_date", ROW_DELETED],
      ["country", ROW_DELETED],
    ]);
  });

  it("leaves a key typed over in place to the edit's own trigger", () => {
    expect(rowChanges(attributes, seeded("plan", "signup_date", "country"), sheet("plan", "signup_at", "country"))).toEqual([]);
  });

  it("reports an empty row inserted, and rows inserted with keys by those keys", () => {
    expect(rowChanges(attributes, seeded("plan", "country"), sheet("plan", "", "country"))).toEqual([
      { rowKey: "row 3", column: ROWS_INSERTED, oldValue: null, newValue: "1 row inserted after plan" },
    ]);
    expect(rowChanges(attributes, seeded("plan", "country"), sheet("tier", "seats", "plan", "country"))).toEqual([
      { rowKey: "tier, seats", column: ROWS_INSERTED, oldValue: null, newValue: "2 rows inserted below the header" },
    ]);
  });

  it("reports a deletion and an insertion made together", () => {
    const changes = rowChanges(attributes, seeded("plan", "signup_date", "country", "tier"), sheet("plan", "country", "seats", "tier"));
    expect(changes.map((change) => [change.rowKey, change.column])).toEqual([
      ["signup_date", ROW_DELETED],
      ["seats", ROWS_INSERTED],
    ]);
  });

  it("reports nothing for rows sorted, rows unchanged, or rows it never knew", () => {
    expect(rowChanges(attributes, seeded("plan", "signup_date", "country"), sheet("country", "plan", "signup_date"))).toEqual([]);
    expect(rowChanges(attributes, seeded("plan", "signup_date"), sheet("plan", "signup_date", "country"))).toEqual([]);
    expect(rowChanges(attributes, { lastRow: null, blocks: new Map() }, sheet("plan"))).toEqual([]);
  });

  it("takes a row's key as its trigger last recorded it over an older seed", () => {
    const snapshot = seeded("plan", "signup_date");
    recordCells(snapshot, HEADER, 3, ["attribute id"], [["signup_at"]], [["signup_at"]]);
    expect(rowChanges(attributes, snapshot, sheet("plan")).map((change) => change.rowKey)).toEqual(["signup_at"]);
  });

  it("after a rebase on the new read, the same rows are not reported again, and old blocks past the end are blanked", () => {
    const snapshot = seeded(...Array.from({ length: 150 }, (_, i) => `a${i}`));
    const now = sheet(...Array.from({ length: 20 }, (_, i) => `a${i}`));
    expect(rowChanges(attributes, snapshot, now)).toHaveLength(130);
    expect([...rebaseRows(snapshot, now, 2_000)].sort()).toEqual([0, 1]);
    expect(rowChanges(attributes, snapshot, now)).toEqual([]);
    expect(snapshot.blocks.has(1)).toBe(false);
  });
});

describe("a deleted row too long for one cell", () => {
  it("is logged in what one cell holds, saying how much was left out", () => {
    const long = "x".repeat(30_000);
    const snapshot: SheetSnapshot = { lastRow: null, blocks: new Map() };
    seedRows(snapshot, [HEADER, ["plan", long, long], ["seats", "", ""]], 1_000);
    const [change] = rowChanges(attributes, snapshot, [HEADER, ["seats", "", ""]]);
    expect(change.oldValue!.length).toBeLessThanOrEqual(50_000);
    expect(change.oldValue).toMatch(/^Attribute ID: plan; Label: x+; Type: x+… \(\d{1,3}(,\d{3})* more characters not logged\)$/);
  });
});

describe("many rows inserted at once", () => {
  it("names the first ten by key and counts the rest", () => {
    const inserted = Array.from({ length: 25 }, (_, i) => `new_${i}`);
    const [change] = rowChanges(attributes, seeded("plan", "country"), sheet("plan", ...inserted, "country"));
    expect(change).toMatchObject({ column: ROWS_INSERTED, newValue: "25 rows inserted after plan" });
    expect(change.rowKey).toBe(`${inserted.slice(0, 10).join(", ")} and 15 more`);
  });
});

describe("a row deleted, then the row that moved into its place edited before the next Validate", () => {
  it("still finds the deleted row: the read saw one row at that number, the edit recorded another", () => {
    const snapshot = seeded("plan", "signup_date", "country", "tier");
    // country moved up into row 3; someone edits its label there, and the trigger records it under its key.
    recordCells(snapshot, HEADER, 3, ["label"], [["country label, edited"]], [["country"]]);
    const changes = rowChanges(attributes, snapshot, [
      HEADER,
      ["plan", "plan label", "string"],
      ["country", "country label, edited", "string"],
      ["tier", "tier label", "string"],
    ]);
    expect(changes).toEqual([SIGNUP_DATE_DELETED]);
  });

  it("reports a key typed over in place as no deletion, though the read saw the old key there", () => {
    const snapshot = seeded("plan", "signup_date", "country");
    recordCells(snapshot, HEADER, 3, ["attribute id"], [["signup_at"]], [["signup_at"]]);
    expect(rowChanges(attributes, snapshot, sheet("plan", "signup_at", "country"))).toEqual([]);
  });
});

describe("rows inserted, then the new row's key typed before the next Validate", () => {
  it("reports no row inserted in the wrong place: the edit logged the new row, the moved rows are known", () => {
    const snapshot = seeded("plan", "signup_date", "country");
    // A row inserted above signup_date (row 3), and its key typed: the trigger records it under its new key.
    recordCells(snapshot, HEADER, 3, ["attribute id"], [["tier"]], [["tier"]]);
    expect(rowChanges(attributes, snapshot, sheet("plan", "tier", "signup_date", "country"))).toEqual([]);
  });
});

describe("a key typed over, and a row deleted above it, before the next Validate", () => {
  it("reports only the deleted row, not the old key", () => {
    const snapshot = seeded("plan", "signup_date", "country");
    recordCells(snapshot, HEADER, 3, ["attribute id"], [["signup_at"]], [["signup_at"]]);
    const changes = rowChanges(attributes, snapshot, [
      HEADER,
      ["signup_at", "signup_date label", "string"],
      ["country", "country label", "string"],
    ]);
    expect(changes.map((change) => [change.rowKey, change.column])).toEqual([["plan", ROW_DELETED]]);
  });
});
