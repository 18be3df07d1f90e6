import { describe, expect, it } from "vitest";
import type { ValidationReport } from "../../src/domain/api/contract";
import { exampleWorkbook } from "../fixtures/example-workbook";
import { loadAddOn, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";

function planWith(change?: (example: ReturnType<typeof exampleWorkbook>) => void): LoadedAddOn {
  const addOn = loadAddOn();
  addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
  const example = exampleWorkbook();
  change?.(example);
  writeExample(addOn, example);
  return addOn;
}

const attributes = (addOn: LoadedAddOn) => spreadsheetOf(addOn).getSheetByName("2 Attributes")!;

describe("Validate (validatePlan)", () => {
  it("finds nothing wrong in the example plan and reports its metrics", () => {
    const report = planWith().run<ValidationReport>("validatePlan");
    expect(report.findings).toEqual([]);
    expect(report.metrics).toMatchObject({ attributeCoveragePct: 100, consentIntegrityPct: 100, activationReadinessPct: 100 });
    expect(report.summary.text).toBe("No problems found; consent integrity 100%.");
  });

  it("marks the offending cell with a note and a colour, touching no value and keeping a person's note", () => {
    const addOn = planWith((e) => {
      e.sheets["2 Attributes"][3].Type = "numbr";
    });
    const cell = attributes(addOn).getRange("C5");
    cell.setNote("Dana: check with the warehouse team");
    const before = attributes(addOn).getDataRange().getValues();
    const report = addOn.run<ValidationReport>("validatePlan");
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "SCHEMA", sheet: "2 Attributes", row: 5, column: "Type" }));
    expect(cell.getNote()).toMatch(/^Dana: check with the warehouse team\n\n⚑ Validation\nERROR SCHEMA: Type must be one of/);
    expect(cell.getBackground()).toBe("#f4c7c3");
    expect(attributes(addOn).getDataRange().getValues()).toEqual(before);
  });

  it("marks findings in columns apart on their own cells, leaving every other note and colour as it was", () => {
    const addOn = planWith((e) => {
      e.sheets["2 Attributes"][2].Type = "numbr";
      e.sheets["2 Attributes"][4]["Coverage SLA %"] = 150;
    });
    const sheet = attributes(addOn);
    sheet.getRange("E4").setNote("Dana: source renamed").setBackground("#b7e1cd");
    const notesBefore = sheet.getDataRange().getNotes();
    const report = addOn.run<ValidationReport>("validatePlan");
    const marked = report.findings.filter((f) => f.sheet === "2 Attributes").map((f) => `${f.column}@${f.row}`);
    expect(marked).toEqual(expect.arrayContaining(["Type@4", "Coverage SLA %@6"]));
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const markedCells = new Set(
      report.findings.filter((f) => f.sheet === "2 Attributes").map((f) => `${f.row}:${header.indexOf(f.column) + 1}`),
    );
    const notesAfter = sheet.getDataRange().getNotes();
    notesAfter.forEach((row, r) =>
      row.forEach((note, c) => {
        if (markedCells.has(`${r + 1}:${c + 1}`)) expect(note).toMatch(/^⚑ Validation\n/);
        else expect(note).toBe(notesBefore[r][c]);
      }),
    );
    expect(sheet.getRange("E4").getBackground()).toBe("#b7e1cd");
  });

  it("clears the marks once the cell is fixed, giving back the person's note", () => {
    const addOn = planWith((e) => {
      e.sheets["2 Attributes"][3].Type = "numbr";
    });
    const cell = attributes(addOn).getRange("C5");
    cell.setNote("Dana: check with the warehouse team");
    addOn.run("validatePlan");
    cell.setValue("integer");
    const report = addOn.run<ValidationReport>("validatePlan");
    expect(report.findings).toEqual([]);
    expect(cell.getNote()).toBe("Dana: check with the warehouse team");
    expect(cell.getBackground()).toBe("#ffffff");
  });

  it("finds columns by their labels after a collaborator reorders them", () => {
    const addOn = planWith();
    const sheet = attributes(addOn);
    const values = sheet.getDataRange().getValues();
    sheet.getRange(1, 1, values.length, values[0].length).setValues(values.map((row) => [...row].reverse()));
    sheet.getRange(5, values[0].length - 2).setValue("numbr");
    const report = addOn.run<ValidationReport>("validatePlan");
    expect(report.findings).toEqual([expect.objectContaining({ code: "SCHEMA", row: 5, column: "Type" })]);
    expect(sheet.getRange(5, values[0].length - 2).getBackground()).toBe("#f4c7c3");
  });

  it("gives one clear finding on an empty spreadsheet", () => {
    const report = loadAddOn().run<ValidationReport>("validatePlan");
    expect(report.findings).toEqual([expect.objectContaining({ code: "SETUP", message: expect.stringContaining("Run Set up sheets") })]);
  });

  it("remembers the last validation for the sidebar", () => {
    const addOn = planWith((e) => {
      e.sheets["4 Activation"][0]["Fallback state"] = "";
    });
    addOn.run("validatePlan");
    const status = addOn.run<{ lastValidation: { summary: { errors: number } } }>("getStatus");
    expect(status.lastValidation.summary.errors).toBe(1);
  });

  it("selects the cell of a finding", () => {
    const addOn = planWith();
    expect(addOn.run("selectCell", { sheet: "4 Activation", row: 3, column: "Fallback state" })).toEqual({ a1: "H3" });
    expect(spreadsheetOf(addOn).getActiveSheet().getName()).toBe("4 Activation");
    expect(() => addOn.run("selectCell", { sheet: "Nope", row: 3, column: "x" })).toThrow(/There is no sheet called "Nope"/);
  });
});

describe("dates in the spreadsheet's time zone", () => {
  it.each(["Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo"])("keep the calendar day people typed in %s", (timeZone) => {
    const addOn = loadAddOn({ timeZone });
    addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
    writeExample(addOn, exampleWorkbook());
    const governance = spreadsheetOf(addOn).getSheetByName("5 Governance")!;
    governance.getRange("H2").setValue("2030-12-15");
    governance.getRange("J2").setValue("2026-02-30");
    const report = addOn.run<ValidationReport>("validatePlan");
    expect(report.findings).toEqual([
      expect.objectContaining({
        sheet: "5 Governance",
        row: 2,
        column: "Approved on",
        message: expect.stringContaining('(got "2026-02-30")'),
      }),
    ]);
  });
});
