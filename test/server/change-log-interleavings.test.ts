import { describe, expect, it } from "vitest";
import type { EditEvent } from "../../emulator/spreadsheet/edit";
import { sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { brief, changeLog, edit } from "../support/edits";
import { planWith } from "../support/plans";

/**
 * DESIGN section 9: every edit is logged once with its true old value,
 * whatever runs between the edit and its trigger. Each test makes the edit,
 * runs something else, then delivers the edit's trigger.
 */
function workingPlan(): LoadedAddOn {
  const addOn = planWith();
  addOn.run("validatePlan");
  // Validated a while ago: longer than any trigger takes to start.
  addOn.emulator.clock.advance(61_000);
  return addOn;
}

const as = (addOn: LoadedAddOn, user: string) => addOn.emulator.setUser(user);
const deliver = (addOn: LoadedAddOn, event: EditEvent) => (addOn.context.onEdit as (e: unknown) => void)(event);
const editsSince = (addOn: LoadedAddOn, count: number) =>
  changeLog(addOn)
    .slice(count)
    .filter((row) => row.Source === "edit")
    .map(brief);
const planRow = (addOn: LoadedAddOn, field: string) => sheetValues(addOn, "Plan").findIndex((row) => row[0] === field) + 1;

describe("an edit whose trigger runs after something else (DESIGN section 9)", () => {
  it("a paste, then someone else's Validate, then the trigger: all 700 cells logged, as new", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    as(addOn, "ana@example.com");
    const rows = Array.from({ length: 100 }, (_, r) => Array.from({ length: 7 }, (_, c) => (c === 0 ? `attr_${r}` : `v${r}-${c}`)));
    const paste = addOn.emulator.simulateEdit("2 Attributes", "A7", rows);
    as(addOn, "priya@example.com");
    addOn.run("validatePlan");
    deliver(addOn, paste);
    const logged = editsSince(addOn, before);
    expect(logged).toHaveLength(700);
    expect(logged.every(([user, , , , old]) => user === "ana@example.com" && old === "")).toBe(true);
    expect(logged[0]).toEqual(["ana@example.com", "2 Attributes", "attr_0", "Attribute ID", "", "attr_0", "edit"]);
  });

  it("a paste over filled rows, then a Validate, then the trigger: each changed cell with the value it replaced", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    as(addOn, "ana@example.com");
    const paste = addOn.emulator.simulateEdit("2 Attributes", "I2", [
      ["90", "95"],
      ["98", "96"],
    ]);
    as(addOn, "priya@example.com");
    addOn.run("validatePlan");
    deliver(addOn, paste);
    expect(editsSince(addOn, before)).toEqual([
      ["ana@example.com", "2 Attributes", "plan", "Coverage %", "98", "90", "edit"],
      ["ana@example.com", "2 Attributes", "signup_date", "Coverage SLA %", "95", "96", "edit"],
    ]);
  });

  it("a paste on 2 Attributes and a typed Plan value, then an export, then the triggers: true old values", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    const metrics = planRow(addOn, "Metrics");
    const oldMetrics = String(sheetValues(addOn, "Plan")[metrics - 1][1]);
    as(addOn, "ana@example.com");
    const onPlan = addOn.emulator.simulateEdit("Plan", `B${metrics}`, [["activation rate"]]);
    const onAttributes = addOn.emulator.simulateEdit("2 Attributes", "B2", [["Plan tier", "enum"]]);
    as(addOn, "sam@example.com");
    addOn.run("exportPlan");
    deliver(addOn, onPlan);
    deliver(addOn, onAttributes);
    expect(editsSince(addOn, before)).toEqual([
      ["ana@example.com", "Plan", "Metrics", "Value", oldMetrics, "activation rate", "edit"],
      ["ana@example.com", "2 Attributes", "plan", "Display name", "plan", "Plan tier", "edit"],
    ]);
  });

  it("a paste on the Plan, then an export (which writes Plan cells): the old values read unknown, never wrong", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    const metrics = planRow(addOn, "Metrics");
    as(addOn, "ana@example.com");
    const onPlan = addOn.emulator.simulateEdit("Plan", `B${metrics}`, [["activation rate"], ["consent first"]]);
    as(addOn, "sam@example.com");
    addOn.run("exportPlan");
    deliver(addOn, onPlan);
    // The export's Plan writes drop the Plan sheet's block of the snapshot (forgetSnapshot; a row-exact forgetRows exists for them).
    expect(editsSince(addOn, before).map((row) => [row[2], row[4], row[5]])).toEqual([
      ["Metrics", "(unknown: snapshot expired)", "activation rate"],
      ["Constraints", "(unknown: snapshot expired)", "consent first"],
    ]);
  });

  it.each([
    ["Ana's trigger first", [0, 1]],
    ["Bob's trigger first", [1, 0]],
  ])("Ana pastes, Bob pastes beside her in the same rows, %s: each logged once, as its author", (_, order) => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    as(addOn, "ana@example.com");
    const anas = addOn.emulator.simulateEdit("2 Attributes", "I2", [["90"], ["91"]]);
    as(addOn, "bob@example.com");
    const bobs = addOn.emulator.simulateEdit("2 Attributes", "J2", [["96"], ["97"]]);
    for (const index of order) deliver(addOn, [anas, bobs][index]);
    const logged = editsSince(addOn, before);
    expect(logged).toHaveLength(4);
    expect(logged).toEqual(
      expect.arrayContaining([
        ["ana@example.com", "2 Attributes", "plan", "Coverage %", "98", "90", "edit"],
        ["ana@example.com", "2 Attributes", "signup_date", "Coverage %", "98", "91", "edit"],
        ["bob@example.com", "2 Attributes", "plan", "Coverage SLA %", "95", "96", "edit"],
        ["bob@example.com", "2 Attributes", "signup_date", "Coverage SLA %", "95", "97", "edit"],
      ]),
    );
    // The snapshot kept both: the next paste over all four cells diffs against them.
    const count = changeLog(addOn).length;
    as(addOn, "dana@example.com");
    edit(addOn, "2 Attributes", "I2", [
      ["80", "85"],
      ["91", "97"],
    ]);
    expect(editsSince(addOn, count)).toEqual([
      ["dana@example.com", "2 Attributes", "plan", "Coverage %", "90", "80", "edit"],
      ["dana@example.com", "2 Attributes", "plan", "Coverage SLA %", "96", "85", "edit"],
    ]);
  });

  it("a trigger that fails keeps the edit; the next edit's trigger logs both, once each", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    as(addOn, "ana@example.com");
    const paste = addOn.emulator.simulateEdit("2 Attributes", "I2", [["90"], ["91"]]);
    // The service goes down after the trigger has kept the edit, and stays down for the rest of the run.
    addOn.emulator.faults.failNext("Range.setValues", 1_000);
    expect(() => deliver(addOn, paste)).toThrow(
      "Change log: your edit on 2 Attributes is saved, but a Google service did not respond; it will appear in the Change log with the next change.",
    );
    addOn.emulator.faults.clear();
    expect(editsSince(addOn, before)).toEqual([]);
    as(addOn, "bob@example.com");
    edit(addOn, "3 Profiles", "J2", [["3"]]);
    expect(editsSince(addOn, before)).toEqual([
      ["ana@example.com", "2 Attributes", "plan", "Coverage %", "98", "90", "edit"],
      ["ana@example.com", "2 Attributes", "signup_date", "Coverage %", "98", "91", "edit"],
      ["bob@example.com", "3 Profiles", "new-free-users", "Priority", "1", "3", "edit"],
    ]);
    edit(addOn, "3 Profiles", "J3", [["4"]]);
    expect(editsSince(addOn, before)).toHaveLength(4);
  });

  it("a call failing once inside the trigger is tried again: the edit is logged at once", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    addOn.emulator.faults.failNext("Range.setValues", 1);
    as(addOn, "ana@example.com");
    edit(addOn, "2 Attributes", "I3", [["91"]]);
    expect(editsSince(addOn, before)).toEqual([["ana@example.com", "2 Attributes", "signup_date", "Coverage %", "98", "91", "edit"]]);
  });

  it("a fill-down logs each cell it changed", () => {
    const addOn = workingPlan();
    const before = changeLog(addOn).length;
    as(addOn, "ana@example.com");
    edit(addOn, "2 Attributes", "J2:J4", [["99"], ["99"], ["99"]]);
    expect(editsSince(addOn, before).map((row) => [row[2], row[4], row[5]])).toEqual([
      ["plan", "95", "99"],
      ["signup_date", "95", "99"],
      ["onboarding_done", "95", "99"],
    ]);
  });

  it("a row inserted and pasted into is logged as new, not diffed against the row it pushed down", () => {
    const addOn = workingPlan();
    const sheet = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
    const width = sheet.getLastColumn();
    const before = changeLog(addOn).length;
    sheet.insertRowBefore(3);
    as(addOn, "ana@example.com");
    edit(addOn, "2 Attributes", "A3", [["plan_tier", "Plan tier", "enum", ...new Array(width - 3).fill("")]]);
    expect(editsSince(addOn, before)).toEqual([
      ["ana@example.com", "2 Attributes", "plan_tier", "Attribute ID", "", "plan_tier", "edit"],
      ["ana@example.com", "2 Attributes", "plan_tier", "Display name", "", "Plan tier", "edit"],
      ["ana@example.com", "2 Attributes", "plan_tier", "Type", "", "enum", "edit"],
    ]);
  });
});
