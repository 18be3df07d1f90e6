import { describe, expect, it } from "vitest";
import type { SetupResult } from "../../src/domain/api/contract";
import { loadAddOn, spreadsheetOf, type LoadedAddOn } from "../support/bundle";

const input = { initiative: "PLG Onboarding", channels: ["web", "email"] };

const sheetNames = (addOn: LoadedAddOn) =>
  spreadsheetOf(addOn)
    .getSheets()
    .map((sheet) => sheet.getName());

function refusal(addOn: LoadedAddOn): { code: string; message: string } {
  try {
    addOn.run("removeEmptySheet", { sheet: "Sheet1" });
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error("removeEmptySheet was not refused");
}

describe("Set up sheets offers the empty default Sheet1 for removal", () => {
  it("offers it when the plan was just created in a new spreadsheet", () => {
    const addOn = loadAddOn();
    expect(addOn.run<SetupResult>("setupSheets", input).emptySheet).toBe("Sheet1");
  });

  it("does not offer it again on a re-run, which created no Plan sheet", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", input);
    expect(addOn.run<SetupResult>("setupSheets", input).emptySheet).toBeNull();
  });

  it("does not offer a Sheet1 that holds data", () => {
    const addOn = loadAddOn();
    addOn.emulator.simulateEdit("Sheet1", "C7", [["budget notes"]]);
    expect(addOn.run<SetupResult>("setupSheets", input).emptySheet).toBeNull();
  });

  it("does not offer the sheet once it was renamed", () => {
    const addOn = loadAddOn();
    spreadsheetOf(addOn).getSheetByName("Sheet1")!.setName("Scratch");
    expect(addOn.run<SetupResult>("setupSheets", input).emptySheet).toBeNull();
  });
});

describe("Remove empty sheet", () => {
  it("deletes the offered Sheet1 and leaves every plan sheet", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", input);
    const planSheets = sheetNames(addOn).filter((name) => name !== "Sheet1");
    expect(addOn.run("removeEmptySheet", { sheet: "Sheet1" })).toEqual({ removed: "Sheet1" });
    expect(sheetNames(addOn)).toEqual(planSheets);
  });

  it("refuses, and keeps the sheet, when someone typed into Sheet1 since the offer", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", input);
    addOn.emulator.simulateEdit("Sheet1", "B3", [["keep me"]]);
    expect(refusal(addOn)).toEqual({
      code: "REFUSED_INPUT",
      message:
        "Sheet1 is not empty any more (it has values up to row 3, column 2), so it was kept. Delete it by hand if you no longer need what is in it. Nothing was changed.",
    });
    expect(spreadsheetOf(addOn).getSheetByName("Sheet1")!.getRange("B3").getValue()).toBe("keep me");
  });

  it("refuses a Sheet1 whose only content is a note", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", input);
    spreadsheetOf(addOn).getSheetByName("Sheet1")!.getRange("Z1000").setNote("ask Ana");
    expect(refusal(addOn).message).toBe(
      "Sheet1 has notes in it, so it was kept. Delete it by hand if you no longer need them. Nothing was changed.",
    );
    expect(sheetNames(addOn)).toContain("Sheet1");
  });

  it("refuses when Sheet1 is gone, or is the only sheet", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", input);
    addOn.run("removeEmptySheet", { sheet: "Sheet1" });
    expect(refusal(addOn)).toEqual({ code: "REFUSED_INPUT", message: "There is no sheet called Sheet1 any more. Nothing was changed." });

    const alone = loadAddOn();
    expect(refusal(alone).message).toBe("Sheet1 is the only sheet in this spreadsheet, and a spreadsheet needs one. Nothing was changed.");
    expect(sheetNames(alone)).toEqual(["Sheet1"]);
  });

  it("refuses any other sheet by name", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", input);
    expect(() => addOn.run("removeEmptySheet", { sheet: "Plan" })).toThrow(/Only the empty default sheet, Sheet1, can be removed this way/);
    expect(sheetNames(addOn)).toContain("Plan");
  });

  it("waits for the document lock and changes nothing while another run holds it", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", input);
    addOn.emulator.holdLock("document", "another person's setup");
    expect(() => addOn.run("removeEmptySheet", { sheet: "Sheet1" })).toThrow(/Someone else is updating this plan right now/);
    expect(sheetNames(addOn)).toContain("Sheet1");
  });
});
