import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../src/domain/api/contract";
import { loadAddOn, sheetValues, spreadsheetOf } from "../support/bundle";
import { brief, changeLog, edit } from "../support/edits";
import { planWith } from "../support/plans";

/** After this, a validation's reading of the cells is trusted to predate any edit whose trigger is still to come. */
const TRIGGER_START_MS = 61_000;
const FIVE_HOURS_MS = 5 * 3600 * 1000;
const TWO_HOURS_MS = 2 * 3600 * 1000;

/** A plan people are working in: validated a while ago, which recorded every row. The script's Date follows the emulator's clock. */
function workingPlan() {
  const addOn = planWith(undefined, loadAddOn({ scriptDate: true }));
  addOn.run("validatePlan");
  addOn.emulator.clock.advance(TRIGGER_START_MS);
  addOn.emulator.setUser("dana@example.com");
  return addOn;
}

const attributes = (addOn: ReturnType<typeof planWith>) => spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
const since = (addOn: ReturnType<typeof planWith>, count: number) => changeLog(addOn).slice(count);

describe("Change log of rows deleted and inserted on the stage sheets", () => {
  it("logs a deleted row at the next Validate, by its key and with every value it held, once", () => {
    const addOn = workingPlan();
    const [header, , row3] = sheetValues(addOn, "2 Attributes");
    const before = changeLog(addOn).length;
    attributes(addOn).deleteRow(3);
    const report = addOn.run<ValidationReport>("validatePlan");
    expect(report.rowsLogged).toEqual([{ sheet: "2 Attributes", rowKey: "signup_date", deleted: true }]);

    const logged = since(addOn, before);
    expect(logged.map(brief)).toEqual([
      ["", "2 Attributes", "signup_date", "(row deleted)", expect.stringContaining("Attribute ID: signup_date; "), "", "edit"],
    ]);
    // Every non-empty cell of the row, under its column's label: nothing the row held is lost.
    const held = header.flatMap((label, index) => (String(row3[index] ?? "") === "" ? [] : [`${label}: ${cellAsLogged(row3[index])}`]));
    expect(logged[0]["Old value"]).toBe(held.join("; "));

    expect(addOn.run<ValidationReport>("validatePlan").rowsLogged).toEqual([]);
    expect(changeLog(addOn)).toHaveLength(before + 1);
  });

  it("still knows the rows seven hours after they were first read, when a Validate came between", () => {
    const addOn = workingPlan();
    addOn.emulator.clock.advance(FIVE_HOURS_MS);
    addOn.run("validatePlan");
    addOn.emulator.clock.advance(TWO_HOURS_MS);
    const before = changeLog(addOn).length;
    attributes(addOn).deleteRow(3);
    addOn.run("validatePlan");
    expect(since(addOn, before).map((row) => [row["Row key"], row.Column])).toEqual([["signup_date", "(row deleted)"]]);
  });

  it("logs a deleted row even when the row that moved into its place was edited before the next Validate", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    attributes(addOn).deleteRow(3);
    edit(addOn, "2 Attributes", "B3", [["Onboarding finished"]]);
    addOn.run("validatePlan");
    expect(since(addOn, before).map((row) => [row["Row key"], row.Column])).toEqual([
      ["onboarding_done", "Display name"],
      ["signup_date", "(row deleted)"],
    ]);
  });

  it("a paste below a deleted row, before the next Validate, logs the old values the moved rows held", () => {
    const addOn = workingPlan();
    attributes(addOn).deleteRow(3);
    const [header, , row3, row4] = sheetValues(addOn, "2 Attributes");
    const label = header.indexOf("Display name");
    const before = changeLog(addOn).length;
    edit(addOn, "2 Attributes", "B3", [["Onboarding finished"], ["Seats in use"]]);
    expect(since(addOn, before).map((row) => [row["Row key"], row["Old value"], row["New value"]])).toEqual([
      [String(row3[0]), String(row3[label]), "Onboarding finished"],
      [String(row4[0]), String(row4[label]), "Seats in use"],
    ]);
  });

  it("logs the last rows deleted, with nothing below them", () => {
    const addOn = workingPlan();
    const keys = sheetValues(addOn, "2 Attributes")
      .slice(4)
      .map((row) => String(row[0]));
    const before = changeLog(addOn).length;
    attributes(addOn).deleteRows(5, keys.length);
    addOn.run("validatePlan");
    expect(since(addOn, before).map((row) => [row["Row key"], row.Column])).toEqual(keys.map((key) => [key, "(row deleted)"]));
  });

  it("logs rows inserted, named by the keys typed into them", () => {
    const addOn = workingPlan();
    const sheet = attributes(addOn);
    sheet.insertRowsAfter(2, 2);
    sheet.getRange("A3:A4").setValues([["tier"], ["seats"]]);
    const before = changeLog(addOn).length;
    addOn.run("validatePlan");
    expect(since(addOn, before).map(brief)).toEqual([
      ["", "2 Attributes", "tier, seats", "(rows inserted)", "", "2 rows inserted after plan", "edit"],
    ]);
  });

  it("logs nothing when rows were only sorted, and the edits after a sort or deletion still name the right old values", () => {
    const addOn = workingPlan();
    const sheet = attributes(addOn);
    const before = changeLog(addOn).length;
    // A sort, as the grid's Data > Sort range leaves it: the same rows in another order, and no edit event.
    const body = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
    body.setValues(body.getValues().reverse());
    sheet.deleteRow(2);
    addOn.run("validatePlan");
    const deleted = since(addOn, before);
    expect(deleted.map((row) => row.Column)).toEqual(["(row deleted)"]);

    const [header, row2] = sheetValues(addOn, "2 Attributes");
    const coverage = header.indexOf("Coverage %");
    edit(addOn, "2 Attributes", sheet.getRange(2, coverage + 1).getA1Notation(), [["42"]]);
    expect(changeLog(addOn).at(-1)).toMatchObject({
      User: "dana@example.com",
      "Row key": String(row2[0]),
      "Old value": String(row2[coverage]),
      "New value": "42",
    });
  });

  it("counts rows deleted as changes since the last export", () => {
    const addOn = workingPlan();
    addOn.run("exportPlan");
    attributes(addOn).deleteRow(3);
    addOn.run("validatePlan");
    const plan = sheetValues(addOn, "Plan").find((row) => String(row[0]).startsWith("Changed since export"));
    expect(String(plan?.[1])).toMatch(/^Yes: 2 Attributes changed since v1 /);
  });
});

/** How the log writes a cell: a date as its ISO text, anything else as typed. */
const cellAsLogged = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
