import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import { planWith } from "../support/plans";

describe("Import by file ID finds the file by ID and says what is wrong with it", () => {
  it("reads a plan file the add-on wrote", () => {
    const addOn = planWith();
    const exported = addOn.run<ExportResult>("exportPlan");
    expect(addOn.run("importPlan", { fileId: exported.fileId })).toMatchObject({ planId: "plg-onboarding-7f3a", version: 1 });
  });

  it("refuses an ID it cannot open: deleted, never shared with the add-on, or mistyped", () => {
    const addOn = planWith();
    expect(() => addOn.run("importPlan", { fileId: "1NoSuchFileAnywhere0000000000000" })).toThrow(
      /^No plan file with ID 1NoSuchFileAnywhere0000000000000 can be opened: it was deleted, or the add-on may open only files it created or that you picked/,
    );
  });

  it("refuses a plan file in the trash, saying to restore it", () => {
    const addOn = planWith();
    const exported = addOn.run<ExportResult>("exportPlan");
    addOn.emulator.globals.Drive.Files.update({ trashed: true }, exported.fileId);
    expect(() => addOn.run("importPlan", { fileId: exported.fileId })).toThrow(
      "plan-plg-onboarding-7f3a.json is in Drive's trash. Restore it first, then import it again; nothing was changed.",
    );
  });

  it("refuses the plan folder or the Google Doc: they are not plan files", () => {
    const addOn = planWith();
    const exported = addOn.run<ExportResult>("exportPlan");
    const docId = exported.docUrl.split("/")[5];
    expect(() => addOn.run("importPlan", { fileId: docId })).toThrow(
      "Profiles – plg-onboarding-7f3a is a Google Docs, Sheets or Slides file, not a plan file: give the ID of a plan-<Plan ID>.json file.",
    );
    const folderId = addOn.emulator.drive.list().find((f) => f.id === exported.fileId)!.parents[0];
    expect(() => addOn.run("importPlan", { fileId: folderId })).toThrow(/is a folder, not a plan file/);
  });
});
