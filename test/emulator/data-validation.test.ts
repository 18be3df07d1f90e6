import { describe, expect, it } from "vitest";
import { createEmulator } from "../../emulator";

// A list rule read back, copy(), clearDataValidations and default checkboxes are in spreadsheet-structure.test.ts;
// a rejecting list rule on a user's edit in state-and-edits.test.ts.
function setup() {
  const emu = createEmulator();
  const app = emu.globals.SpreadsheetApp;
  return { emu, app, sheet: app.getActiveSheet() };
}

describe("DataValidationBuilder (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder)", () => {
  it("refuses to build a rule without criteria", () => {
    const { app } = setup();
    expect(() => app.newDataValidation().setHelpText("x").build()).toThrow("You must specify a data validation criteria.");
    expect(app.newDataValidation().getCriteriaType()).toBeNull();
  });

  it.each([
    ["requireNumberGreaterThan", [0], "NUMBER_GREATER_THAN"],
    ["requireNumberLessThanOrEqualTo", [100], "NUMBER_LESS_THAN_OR_EQUAL_TO"],
    ["requireNumberNotBetween", [1, 5], "NUMBER_NOT_BETWEEN"],
    ["requireTextContains", ["@"], "TEXT_CONTAINS"],
    ["requireTextIsEmail", [], "TEXT_IS_VALID_EMAIL"],
    ["requireTextIsUrl", [], "TEXT_IS_VALID_URL"],
    ["requireFormulaSatisfied", ["=A1>0"], "CUSTOM_FORMULA"],
  ] as const)("%s makes a %s rule", (method, args, type) => {
    const { app } = setup();
    const builder = app.newDataValidation() as unknown as Record<
      string,
      (...a: unknown[]) => { build(): { getCriteriaType(): unknown; getCriteriaValues(): unknown[] } }
    >;
    const rule = builder[method](...args).build();
    expect([String(rule.getCriteriaType()), rule.getCriteriaValues()]).toEqual([type, [...args]]);
  });

  it("builds a rule from withCriteria and an enum", () => {
    const { app } = setup();
    const rule = app.newDataValidation().withCriteria(app.DataValidationCriteria.NUMBER_EQUAL_TO, [3]).build();
    expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual([app.DataValidationCriteria.NUMBER_EQUAL_TO, [3]]);
  });

  it("keeps a VALUE_IN_RANGE rule's range, returned as a Range on the other sheet", () => {
    const { app, sheet } = setup();
    const lists = app.getActiveSpreadsheet().insertSheet("Lists");
    const rule = app.newDataValidation().requireValueInRange(lists.getRange("A1:A5"), false).build();
    sheet.getRange("B2").setDataValidation(rule);
    const [range, dropdown] = sheet.getRange("B2").getDataValidation()!.getCriteriaValues() as [
      { getA1Notation(): string; getSheet(): { getName(): string } },
      boolean,
    ];
    expect([range.getSheet().getName(), range.getA1Notation(), dropdown]).toEqual(["Lists", "A1:A5", false]);
  });

  it("hands out copies of dates in date rules", () => {
    const { app } = setup();
    const after = new Date("2025-01-01T00:00:00Z");
    const rule = app.newDataValidation().requireDateAfter(after).build();
    after.setFullYear(1999);
    expect((rule.getCriteriaValues()[0] as Date).toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });
});

describe("checkboxes", () => {
  it("with custom values start unchecked and check to the checked value", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:A2").insertCheckboxes("yes", "no");
    expect(r.getValues()).toEqual([["no"], ["no"]]);
    r.check();
    expect([r.getValues(), r.isChecked()]).toEqual([[["yes"], ["yes"]], true]);
    r.uncheck();
    expect(r.isChecked()).toBe(false);
  });

  it("are gone, with their values, after removeCheckboxes", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1").insertCheckboxes().check();
    r.removeCheckboxes();
    expect([r.getValue(), r.getDataValidation(), r.isChecked()]).toEqual(["", null, null]);
  });

  it("a range with a cell that is no checkbox is neither checked nor unchecked", () => {
    const { sheet } = setup();
    sheet.getRange("A1").insertCheckboxes();
    expect(sheet.getRange("A1:A2").isChecked()).toBeNull();
  });
});

describe("validation applies to people, not scripts (as in Sheets)", () => {
  const strict = (app: ReturnType<typeof setup>["app"]) => app.newDataValidation().setAllowInvalid(false);

  it("lets a script write a value the rule rejects", () => {
    const { app, sheet } = setup();
    sheet.getRange("A1").setDataValidation(strict(app).requireNumberBetween(1, 5).build());
    sheet.getRange("A1").setValue(9);
    expect(sheet.getRange("A1").getValue()).toBe(9);
  });

  it("refuses a user's input with the rule's help text, or Sheets' message for its kind", () => {
    const { emu, app, sheet } = setup();
    sheet.getRange("A1").setDataValidation(strict(app).requireNumberBetween(1, 5).build());
    sheet.getRange("A2").setDataValidation(strict(app).requireDate().build());
    sheet.getRange("A3").setDataValidation(strict(app).requireTextIsEmail().setHelpText("Type an email address").build());
    sheet.getRange("A4").setDataValidation(strict(app).requireTextContains("@").build());
    expect(() => emu.simulateEdit("Sheet1", "A1", [["9"]])).toThrow("Input must be a number that satisfies the rule");
    expect(() => emu.simulateEdit("Sheet1", "A2", [["soon"]])).toThrow("Input must be a valid date");
    expect(() => emu.simulateEdit("Sheet1", "A3", [["ana"]])).toThrow("Type an email address");
    expect(() => emu.simulateEdit("Sheet1", "A4", [["ana"]])).toThrow("Input violates the data validation rule on this cell");
    expect(sheet.getRange("A1:A4").getValues()).toEqual([[""], [""], [""], [""]]);
  });

  it("accepts valid input, an empty cell and a formula, and any input when the rule only warns", () => {
    const { emu, app, sheet } = setup();
    sheet.getRange("A1").setDataValidation(strict(app).requireNumberBetween(1, 5).build());
    sheet.getRange("A2").setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).build());
    emu.simulateEdit("Sheet1", "A1", [["3"]]);
    emu.simulateEdit("Sheet1", "A1", [[""]]);
    emu.simulateEdit("Sheet1", "A1", [["=B1"]]);
    emu.simulateEdit("Sheet1", "A2", [["9"]]);
    expect(sheet.getRange("A2").getValue()).toBe(9);
  });

  it("refuses a whole paste when one cell fails, changing none", () => {
    const { emu, app, sheet } = setup();
    sheet.getRange("A2").setDataValidation(strict(app).requireValueInList(["web", "email"]).build());
    expect(() => emu.simulateEdit("Sheet1", "A1", [["ok"], ["fax"]])).toThrow("Input must be an item on the specified list");
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[""], [""]]);
  });
});
