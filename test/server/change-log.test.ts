import { describe, expect, it } from "vitest";
import { spreadsheetOf } from "../support/bundle";
import { brief, changeLog, edit } from "../support/edits";
import { planWith } from "../support/plans";

const SIX_HOURS_MS = 6 * 3600 * 1000;
/** After this, a validation's reading of the cells is trusted to predate any edit whose trigger is still to come. */
const TRIGGER_START_MS = 61_000;

/** A plan people are working in: the example, validated a while ago (which recorded what every cell holds). */
function workingPlan() {
  const addOn = planWith();
  addOn.run("validatePlan");
  addOn.emulator.clock.advance(TRIGGER_START_MS);
  addOn.emulator.setUser("dana@example.com");
  return addOn;
}

const since = (addOn: ReturnType<typeof planWith>, count: number) => changeLog(addOn).slice(count).map(brief);

describe("Change log of edits (onEdit)", () => {
  it("records a typed cell: who, sheet, the row's ID, the column's label, old and new value", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    edit(addOn, "2 Attributes", "I3", [["91"]]);
    expect(since(addOn, before)).toEqual([["dana@example.com", "2 Attributes", "signup_date", "Coverage %", "98", "91", "edit"]]);
    expect(changeLog(addOn).at(-1)!.Timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("records each changed cell of a paste with its old value, and not the cells the paste left as they were", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    edit(addOn, "2 Attributes", "I2", [
      ["98", "90"],
      ["50", "95"],
      ["98", "95"],
    ]);
    expect(since(addOn, before)).toEqual([
      ["dana@example.com", "2 Attributes", "plan", "Coverage SLA %", "95", "90", "edit"],
      ["dana@example.com", "2 Attributes", "signup_date", "Coverage %", "98", "50", "edit"],
    ]);
  });

  it("records a cell typed past the last labelled column under its column letter, with its old value the next time", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    edit(addOn, "2 Attributes", "Z3", [["note"]]);
    edit(addOn, "2 Attributes", "Z3", [["note 2"]]);
    expect(since(addOn, before)).toEqual([
      ["dana@example.com", "2 Attributes", "signup_date", "column Z", "", "note", "edit"],
      ["dana@example.com", "2 Attributes", "signup_date", "column Z", "note", "note 2", "edit"],
    ]);
  });

  it("finds the column by its header label after a collaborator reordered the columns", () => {
    const addOn = workingPlan();
    const sheet = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
    const values = sheet.getDataRange().getValues();
    sheet.getRange(1, 1, values.length, values[0].length).setValues(values.map((row) => [...row].reverse()));
    const coverage = values[0].length - values[0].indexOf("Coverage %");
    const before = changeLog(addOn).length;
    edit(addOn, "2 Attributes", sheet.getRange(3, coverage).getA1Notation(), [["91", "96"]]);
    expect(since(addOn, before)).toEqual([
      ["dana@example.com", "2 Attributes", "signup_date", "Coverage %", "98", "91", "edit"],
      ["dana@example.com", "2 Attributes", "signup_date", "Freshness SLA (hours)", "24", "96", "edit"],
    ]);
  });

  it("names activation rows by profile and channel, governance rows by scope and item, Plan rows by field", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    edit(addOn, "4 Activation", "J3", [["live"]]);
    edit(addOn, "5 Governance", "H2", [["2027-01-15"]]);
    edit(addOn, "Plan", "B3", [["PLG Onboarding 2027"]]);
    expect(since(addOn, before).map((row) => row.slice(1))).toEqual([
      ["4 Activation", "new-free-users → email", "Status", "ready", "live", "edit"],
      ["5 Governance", "plan: *", "Next review", "2030-12-15", "2027-01-15", "edit"],
      ["Plan", "Initiative", "Value", "PLG Onboarding", "PLG Onboarding 2027", "edit"],
    ]);
  });

  it("ignores edits outside the stage sheets, including the Change log itself", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    edit(addOn, "Sheet1", "A1", [["my notes"]]);
    edit(addOn, "Change log", "B2", [["someone@example.com"]]);
    expect(changeLog(addOn)).toHaveLength(before);
  });

  it("after the snapshot expired, logs the paste's new values with the old value marked unknown, then knows them again", () => {
    const addOn = workingPlan();
    addOn.emulator.clock.advance(SIX_HOURS_MS + 1000);
    const before = changeLog(addOn).length;
    edit(addOn, "2 Attributes", "I2", [["90"], ["91"]]);
    expect(since(addOn, before).map((row) => row.slice(2))).toEqual([
      ["plan", "Coverage %", "(unknown: snapshot expired)", "90", "edit"],
      ["signup_date", "Coverage %", "(unknown: snapshot expired)", "91", "edit"],
    ]);
    edit(addOn, "2 Attributes", "I2", [["80"], ["91"]]);
    expect(changeLog(addOn).at(-1)).toMatchObject({ "Row key": "plan", "Old value": "90", "New value": "80" });
  });

  it("a paste of 1,000 new rows at the bottom logs every cell once, as new (the rows were empty)", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    const rows = Array.from({ length: 1000 }, (_, i) => [`attr_${i}`]);
    edit(addOn, "2 Attributes", "A7", rows);
    const logged = since(addOn, before);
    expect(logged).toHaveLength(1000);
    expect(logged[999]).toEqual(["dana@example.com", "2 Attributes", "attr_999", "Attribute ID", "", "attr_999", "edit"]);
  });

  it("is append-only: later runs never rewrite an earlier row", () => {
    const addOn = workingPlan();
    edit(addOn, "2 Attributes", "I3", [["91"]]);
    const earlier = changeLog(addOn);
    addOn.run("validatePlan");
    edit(addOn, "3 Profiles", "J2", [["2"]]);
    addOn.run("exportPlan");
    expect(changeLog(addOn).slice(0, earlier.length)).toEqual(earlier);
  });

  it("logs what Set up sheets created and wrote, and nothing when a rerun changes nothing", () => {
    const addOn = planWith();
    const setup = changeLog(addOn)
      .filter((row) => row.Source === "setup")
      .map((row) => [row.Sheet, row["Row key"], row["New value"]]);
    expect(setup).toEqual(
      expect.arrayContaining([
        ["Plan", "", "sheet created"],
        ["Change log", "", "sheet created"],
        ["Plan", "Initiative", "PLG Onboarding"],
      ]),
    );
    const before = changeLog(addOn).length;
    addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
    expect(changeLog(addOn)).toHaveLength(before);
  });
});
