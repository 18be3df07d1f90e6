import { describe, expect, it } from "vitest";
import { CHECKLIST_FALLBACK_SHEET, CHECKLIST_SHEET } from "../../src/sheets/checklist-sheet";
import { sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { planWith } from "../support/plans";

const ownSheet = (addOn: LoadedAddOn, name: string) => {
  const sheet = spreadsheetOf(addOn).insertSheet(name);
  sheet.getRange("A1:B2").setValues([
    ["Our checklist", "Done"],
    ["call legal", true],
  ]);
  return sheet;
};

describe("the activation checklist", () => {
  it("writes a Profile ID that starts with =, +, - or @ as text, never as a formula", () => {
    const addOn = planWith((example) => {
      // Typed with an apostrophe, as a person enters text that starts with =.
      example.sheets["4 Activation"][0]["Profile ID"] = `'=HYPERLINK("https://evil.example","x")`;
      example.sheets["4 Activation"][1]["Profile ID"] = "+1 onboarding";
      example.sheets["4 Activation"][2]["Profile ID"] = "@growth";
    });
    addOn.run("exportPlan");
    const sheet = spreadsheetOf(addOn).getSheetByName(CHECKLIST_SHEET)!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    const ids = sheetValues(addOn, CHECKLIST_SHEET).map((row) => row[0]);
    expect(ids).toEqual(expect.arrayContaining(['=HYPERLINK("https://evil.example","x")', "+1 onboarding", "@growth"]));
  });

  it("leaves someone's own sheet of that name alone and goes to another sheet, saying where", () => {
    const addOn = planWith();
    ownSheet(addOn, CHECKLIST_SHEET);
    addOn.run("exportPlan");
    expect(sheetValues(addOn, CHECKLIST_SHEET)).toEqual([
      ["Our checklist", "Done"],
      ["call legal", true],
    ]);
    expect(sheetValues(addOn, CHECKLIST_FALLBACK_SHEET)[0][0]).toBe("Profile ID");
    // The next export finds its own checklist again and rewrites it in place.
    addOn.run("exportPlan");
    expect(sheetValues(addOn, CHECKLIST_SHEET)[0][0]).toBe("Our checklist");
    expect(
      spreadsheetOf(addOn)
        .getSheets()
        .filter((sheet) => sheet.getName().startsWith("Activation checklist")),
    ).toHaveLength(2);
  });

  it("is skipped, touching neither, when both of its names are someone else's", () => {
    const addOn = planWith();
    ownSheet(addOn, CHECKLIST_SHEET);
    ownSheet(addOn, CHECKLIST_FALLBACK_SHEET);
    addOn.run("exportPlan");
    for (const name of [CHECKLIST_SHEET, CHECKLIST_FALLBACK_SHEET]) expect(sheetValues(addOn, name)[0]).toEqual(["Our checklist", "Done"]);
  });

  it("rewrites a checklist an earlier version generated (its notes carry the older marker)", () => {
    const addOn = planWith();
    const old = spreadsheetOf(addOn).insertSheet(CHECKLIST_SHEET);
    old.getRange("A1:B1").setValues([["Profile ID", "Channel"]]);
    old.getRange("A1").setNote("The profile activated. Generated on each export: fix the stage sheets, not this one.");
    old.getRange("A2").setValue("stale-profile");
    addOn.run("exportPlan");
    const ids = sheetValues(addOn, CHECKLIST_SHEET).map((row) => row[0]);
    expect(ids).not.toContain("stale-profile");
    expect(ids).toContain("new-free-users");
    expect(spreadsheetOf(addOn).getSheetByName(CHECKLIST_FALLBACK_SHEET)).toBeNull();
  });
});
