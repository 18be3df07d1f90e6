import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { loadAddOn, sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { approvedPlan, planWith } from "../support/plans";

const validatePlanSchema = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync("schema/plan.schema.json", "utf8")));

const files = (addOn: LoadedAddOn) => addOn.emulator.drive.list().filter((file) => !file.trashed);
const content = (addOn: LoadedAddOn, name: string) =>
  JSON.parse(
    files(addOn)
      .find((file) => file.name === name)!
      .content.toString(),
  ) as PlanDocument;

describe("Export plan", () => {
  it("writes plan-<Plan ID>.json into a folder of its own and returns its link", () => {
    const addOn = planWith();
    const result = addOn.run<ExportResult>("exportPlan", { finalize: false });
    expect(result).toMatchObject({ name: "plan-plg-onboarding-7f3a.json", version: 1, status: "draft" });
    const file = files(addOn).find((f) => f.id === result.fileId)!;
    const folder = addOn.emulator.drive.folders().find((f) => f.id === file.parents[0])!;
    expect(folder.name).toBe("Personalization Profiles – plg-onboarding-7f3a");
    expect(result.url).toBe(file.url);
    const plan = content(addOn, result.name);
    expect(validatePlanSchema(plan), JSON.stringify(validatePlanSchema.errors)).toBe(true);
    expect(plan).toMatchObject({ exportedBy: "owner@example.com", contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("creates the profiles' Google Doc by converting HTML in the plan folder", () => {
    const addOn = planWith();
    const result = addOn.run<ExportResult>("exportPlan");
    const doc = files(addOn).find((f) => f.mimeType === "application/vnd.google-apps.document")!;
    expect(doc.name).toBe("Profiles – plg-onboarding-7f3a");
    expect(doc.content.toString()).toContain("<h2>Who qualifies</h2>");
    expect(result.docUrl).toContain(doc.id);
    expect(content(addOn, result.name).profiles[0].document.markdown).toContain("## Who qualifies");
  });

  it("numbers versions and lists what changed since the previous export, field by field", () => {
    const addOn = planWith();
    addOn.run("exportPlan");
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("I3").setValue(91);
    const second = addOn.run<ExportResult>("exportPlan");
    expect(second.version).toBe(2);
    expect(second.changes).toContainEqual(
      expect.objectContaining({ section: "attributes", id: "signup_date", change: "changed", field: "coveragePct", before: 98, after: 91 }),
    );
    expect(files(addOn).filter((f) => f.name === "plan-plg-onboarding-7f3a.json")).toHaveLength(1);
  });

  it("reads back the plan file it wrote as it wrote it: the same changes and file as when it checks it in full", () => {
    const addOn = planWith();
    addOn.run("exportPlan");
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("I3").setValue(91);
    const unchecked = loadAddOn({ state: addOn.emulator.saveState() });
    const properties = unchecked.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    const state = JSON.parse(properties.getDocumentProperties().getProperty("planExport")!);
    expect(state.writtenBy).toMatch(/^[0-9a-f]{16}$/);
    // As an earlier build would have left it: the file is checked in full.
    properties.getDocumentProperties().setProperty("planExport", JSON.stringify({ ...state, writtenBy: "0000000000000000" }));
    const trusted = addOn.run<ExportResult>("exportPlan");
    const checked = unchecked.run<ExportResult>("exportPlan");
    expect(trusted.changes).toEqual(checked.changes);
    const { exportedAt: _a, ...trustedFile } = content(addOn, trusted.name);
    const { exportedAt: _b, ...checkedFile } = content(unchecked, checked.name);
    expect(trustedFile).toEqual(checkedFile);
  });

  it("checks a plan file changed in Drive since the export in full, as any file", () => {
    const addOn = planWith();
    const first = addOn.run<ExportResult>("exportPlan");
    // Someone edited it in Drive into a file that is no plan of this add-on.
    const { Drive, Utilities } = addOn.emulator.globals as unknown as {
      Drive: GoogleAppsScript.Drive;
      Utilities: GoogleAppsScript.Utilities.Utilities;
    };
    const text = JSON.stringify({ ...content(addOn, first.name), attributes: "see the sheet" }, null, 2);
    (Drive.Files as unknown as { update: (r: object, id: string, b: unknown) => void }).update(
      {},
      first.fileId,
      Utilities.newBlob(text, "application/json"),
    );
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("I3").setValue(91);
    const second = addOn.run<ExportResult>("exportPlan");
    // Unreadable as a plan, it is not compared with: no change is made up from it.
    expect(second.version).toBe(2);
    expect(second.changes).toEqual([]);
  });

  it("records every export in the Change log and the folder on the Plan sheet", () => {
    const addOn = planWith();
    const result = addOn.run<ExportResult>("exportPlan");
    const log = sheetValues(addOn, "Change log");
    expect(log.at(-1)).toEqual(expect.arrayContaining(["owner@example.com", "Plan", "plg-onboarding-7f3a", "Version", "export"]));
    expect(String(log.at(-1)![6])).toContain("v1 draft");
    const plan = Object.fromEntries(sheetValues(addOn, "Plan").map(([field, value]) => [field, value]));
    expect(plan["Drive folder"]).toBe(result.folderUrl);
  });

  it("writes the Activation checklist, ticked where the data proves it", () => {
    const addOn = planWith((e) => {
      e.sheets["4 Activation"][2].Status = "draft";
    });
    addOn.run("exportPlan");
    expect(sheetValues(addOn, "Activation checklist")).toEqual([
      ["Profile ID", "Channel", "Consent verified", "Destination mapped", "Fallback defined", "Owner assigned", "QA passed"],
      ["new-free-users", "in-app", true, true, true, true, true],
      ["new-free-users", "email", true, true, true, true, true],
      ["growing-teams", "web", true, true, true, true, false],
    ]);
  });
});

describe("Finalize", () => {
  it("refuses while approvals named in Governance are not recorded, and writes nothing", () => {
    const addOn = planWith();
    expect(() => addOn.run("exportPlan", { finalize: true })).toThrow(
      /Finalize is blocked; nothing was exported:[\s\S]*The approval of priya@example.com for plan \* is not recorded \(5 Governance row 2\): priya@example.com approves it from the sidebar/,
    );
    expect(files(addOn)).toEqual([]);
  });

  it("refuses while there are errors, naming the first", () => {
    const addOn = approvedPlan();
    spreadsheetOf(addOn).getSheetByName("4 Activation")!.getRange("H2").setValue("");
    expect(() => addOn.run("exportPlan", { finalize: true })).toThrow(
      /1 error to fix first \(for example 4 Activation row 2, Fallback state/,
    );
  });

  it("writes an immutable copy that later exports never overwrite", () => {
    const addOn = approvedPlan();
    const final = addOn.run<ExportResult>("exportPlan", { finalize: true });
    expect(final.finalCopy?.name).toBe("plan-plg-onboarding-7f3a-v1.json");
    const frozen = files(addOn)
      .find((f) => f.name === final.finalCopy!.name)!
      .content.toString();
    spreadsheetOf(addOn).getSheetByName("1 Objectives")!.getRange("E2").setValue(35);
    addOn.run("exportPlan");
    expect(
      files(addOn)
        .find((f) => f.name === final.finalCopy!.name)!
        .content.toString(),
    ).toBe(frozen);
    expect(content(addOn, "plan-plg-onboarding-7f3a.json").version).toBe(2);
  });
});

describe("Drive failures", () => {
  it("retries a failing Drive call and succeeds", () => {
    const addOn = planWith();
    addOn.emulator.faults.failNext("Drive.Files.create", 1, "Service unavailable: Drive");
    const result = addOn.run<ExportResult>("exportPlan");
    expect(result.version).toBe(1);
    expect(files(addOn).filter((f) => f.name === result.name)).toHaveLength(1);
    expect(addOn.emulator.clock.sleptMs()).toBe(1000);
  });

  it("gives up after 1 + Retry limit tries with a clear error, logs it, and leaves no partial file", () => {
    const addOn = planWith();
    addOn.emulator.faults.failNext("Drive.Files.create", 3, "Service unavailable: Drive");
    expect(() => addOn.run("exportPlan")).toThrow(
      /^Export did not finish: Google Drive did not respond to "create the folder Personalization Profiles – plg-onboarding-7f3a" after 3 tries\. Nothing was changed; try again in a few minutes\.$/,
    );
    expect(files(addOn)).toEqual([]);
    expect(addOn.emulator.drive.folders().filter((f) => !f.trashed && f.name.startsWith("Personalization Profiles"))).toEqual([]);
    expect(String(sheetValues(addOn, "Change log").at(-1)![6])).toMatch(
      /^export failed: Export did not finish: Google Drive did not respond/,
    );
    expect(addOn.emulator.clock.sleptMs()).toBe(1000 + 2000);
  });
});

describe("a plan larger than Apps Script's 10 MB limit for text content", () => {
  it("is still exported (as a Blob), and re-exported into the same file", () => {
    const addOn = planWith((e) => {
      const long = "Consent collected at signup under the 2024 terms; keep for 24 months. ".repeat(250);
      for (const attribute of e.sheets["2 Attributes"]) attribute["Privacy notes"] = long;
      for (let i = 0; i < 700; i++) e.sheets["2 Attributes"].push({ ...e.sheets["2 Attributes"][0], "Attribute ID": `extra_${i}` });
    });
    const first = addOn.run<ExportResult>("exportPlan");
    const second = addOn.run<ExportResult>("exportPlan");
    const file = addOn.emulator.drive.list().find((f) => f.id === first.fileId)!;
    expect(file.content.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(second.fileId).toBe(first.fileId);
    expect(JSON.parse(file.content.toString()).version).toBe(2);
  });
});
