import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import { loadAddOn, sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { approvedPlan, planWith } from "../support/plans";

// Issue 14's export defects and issue 13's "Bad input", one test each.

const live = (addOn: LoadedAddOn) => addOn.emulator.drive.list().filter((file) => !file.trashed);
const liveFolders = (addOn: LoadedAddOn) =>
  addOn.emulator.drive.folders().filter((folder) => !folder.trashed && folder.name !== "My Drive");
const content = (addOn: LoadedAddOn, id: string) =>
  addOn.emulator.drive
    .list()
    .find((file) => file.id === id)
    ?.content.toString();
const drive = (addOn: LoadedAddOn) => addOn.emulator.globals.Drive.Files;
const exportState = (addOn: LoadedAddOn) =>
  JSON.parse(addOn.emulator.globals.PropertiesService.getDocumentProperties().getProperty("planExport") ?? "null") as {
    version: number;
    status: string;
    folderId: string;
    finalCopies?: { version: number; fileId: string }[];
  } | null;
const lastLogValue = (addOn: LoadedAddOn) => String(sheetValues(addOn, "Change log").at(-1)?.[6]);
const editObjectiveTarget = (addOn: LoadedAddOn, value: number) =>
  spreadsheetOf(addOn).getSheetByName("1 Objectives")!.getRange("E2").setValue(value);
/** A new name for the first profile: its document, and so the Doc, change. */
function renameFirstProfile(addOn: LoadedAddOn, name: string): void {
  const sheet = spreadsheetOf(addOn).getSheetByName("3 Profiles")!;
  const column = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf("Name") + 1;
  sheet.getRange(2, column).setValue(name);
}

/** The position (1-based, from the start of the run) of the n-th call to `method` from the end of a clean run. */
function positionOf(start: ReturnType<LoadedAddOn["emulator"]["saveState"]>, run: (addOn: LoadedAddOn) => void, method: string) {
  const clean = loadAddOn({ state: structuredClone(start) });
  const before = clean.emulator.calls.snapshot().total;
  run(clean);
  const sequence = clean.emulator.calls.sequence().slice(before);
  return sequence.lastIndexOf(method) + 1;
}

describe("the plan folder and files are reached by ID and never forked", () => {
  it("retries a folder lookup that fails once, and still uses the one folder", () => {
    const addOn = planWith();
    addOn.run("exportPlan");
    addOn.emulator.faults.failNext("Drive.Files.get", 1, "Service unavailable: Drive");
    expect(addOn.run<ExportResult>("exportPlan").version).toBe(2);
    expect(liveFolders(addOn)).toHaveLength(1);
  });

  it("refuses, naming the operation, when the lookup keeps failing: no second folder, nothing changed", () => {
    const addOn = planWith();
    addOn.run("exportPlan");
    const before = addOn.emulator.drive.list().map((file) => [file.name, file.content.toString()]);
    addOn.emulator.faults.failNext("Drive.Files.get", 3, "Service unavailable: Drive");
    expect(() => addOn.run("exportPlan")).toThrow(
      /^Export did not finish: Google Drive did not respond to "look up a plan file" after 3 tries\. Nothing was changed/,
    );
    expect(liveFolders(addOn)).toHaveLength(1);
    expect(addOn.emulator.drive.list().map((file) => [file.name, file.content.toString()])).toEqual(before);
    expect(exportState(addOn)?.version).toBe(1);
  });

  it("says so when the plan folder is in the trash, and starts a new one only once Drive folder is cleared", () => {
    const addOn = planWith();
    const first = addOn.run<ExportResult>("exportPlan");
    const folderId = exportState(addOn)!.folderId;
    drive(addOn).update({ trashed: true }, folderId);
    expect(() => addOn.run("exportPlan")).toThrow(
      "The plan folder was moved to the trash; restore it or clear Drive folder on the Plan sheet to create a new one.",
    );
    expect(liveFolders(addOn)).toEqual([]);

    const plan = spreadsheetOf(addOn).getSheetByName("Plan")!;
    const row = sheetValues(addOn, "Plan").findIndex(([field]) => field === "Drive folder") + 1;
    plan.getRange(row, 2).setValue("");
    const second = addOn.run<ExportResult>("exportPlan");
    expect(second.version).toBe(2);
    expect(second.folderUrl).not.toBe(first.folderUrl);
    expect(liveFolders(addOn)).toHaveLength(1);
  });

  it("says so when the plan folder was deleted or is out of reach", () => {
    const addOn = planWith();
    addOn.run("exportPlan");
    drive(addOn).remove(exportState(addOn)!.folderId);
    expect(() => addOn.run("exportPlan")).toThrow(
      "The plan folder can no longer be reached: it was deleted for good, or the add-on lost access to it. To go on, clear Drive folder on the Plan sheet to create a new one.",
    );
    expect(liveFolders(addOn)).toEqual([]);
  });

  it("says so when the plan file holding the last export is in the trash or gone, rather than starting it over", () => {
    const addOn = planWith();
    const first = addOn.run<ExportResult>("exportPlan");
    drive(addOn).update({ trashed: true }, first.fileId);
    expect(() => addOn.run("exportPlan")).toThrow(
      /plan-plg-onboarding-7f3a\.json was moved to the trash: it holds the last export\. Restore it/,
    );
    drive(addOn).remove(first.fileId);
    expect(() => addOn.run("exportPlan")).toThrow(/plan-plg-onboarding-7f3a\.json is no longer in the plan folder/);
    expect(live(addOn).filter((file) => file.name === first.name)).toEqual([]);
  });

  it("makes the Google Doc again when it was deleted: it is generated from the sheets", () => {
    const addOn = planWith();
    const first = addOn.run<ExportResult>("exportPlan");
    drive(addOn).remove(first.docUrl.split("/")[5]);
    const second = addOn.run<ExportResult>("exportPlan");
    const docs = live(addOn).filter((file) => file.name === "Profiles – plg-onboarding-7f3a");
    expect(docs.map((doc) => doc.id)).toEqual([second.docUrl.split("/")[5]]);
  });
});

describe("a failed export leaves the last good one as it was", () => {
  it("updates the Google Doc in place, or on failure leaves it as it was: never a second Doc", () => {
    const addOn = planWith();
    const first = addOn.run<ExportResult>("exportPlan");
    const docId = first.docUrl.split("/")[5];
    const docBefore = content(addOn, docId);
    renameFirstProfile(addOn, "New free workspaces, renamed");
    addOn.emulator.faults.failNext("Drive.Files.update", 3, "Service unavailable: Drive");
    expect(() => addOn.run("exportPlan")).toThrow(
      /^Export did not finish: Google Drive did not respond to "write Profiles – plg-onboarding-7f3a"/,
    );
    expect(live(addOn).filter((file) => file.name.startsWith("Profiles – "))).toHaveLength(1);
    expect(content(addOn, docId)).toBe(docBefore);
    expect(addOn.run<ExportResult>("exportPlan").docUrl).toBe(first.docUrl);
  });

  it("leaves the Doc as it is when no profile's document changed, and rewrites it when one did", () => {
    const addOn = planWith();
    const first = addOn.run<ExportResult>("exportPlan");
    const docId = first.docUrl.split("/")[5];
    const docUpdates = () => addOn.emulator.calls.sequence().filter((method) => method === "Drive.Files.update").length;
    editObjectiveTarget(addOn, 35);
    const before = docUpdates();
    addOn.run("exportPlan");
    // Only the plan file is rewritten: the objective's target is not in the profiles' documents.
    expect(docUpdates() - before).toBe(1);
    renameFirstProfile(addOn, "New free workspaces, renamed");
    addOn.run("exportPlan");
    expect(content(addOn, docId)).toContain("New free workspaces, renamed");
  });

  it("puts the previous plan file back when a step after the switch fails, and logs the failure", () => {
    const addOn = planWith();
    const first = addOn.run<ExportResult>("exportPlan");
    const fileBefore = content(addOn, first.fileId);
    editObjectiveTarget(addOn, 35);
    // Saving the export state (one setProperties, with the document fingerprints) comes after the plan file is switched.
    addOn.emulator.faults.failNext("Properties.setProperties", 3, "Service unavailable");
    expect(() => addOn.run("exportPlan")).toThrow(
      /^Export did not finish: The document's properties did not respond to "save the export state"/,
    );
    expect(content(addOn, first.fileId)).toBe(fileBefore);
    expect(exportState(addOn)?.version).toBe(1);
    expect(lastLogValue(addOn)).toMatch(/^export failed: Export did not finish/);
  });
});

describe("Finalize and its immutable -v<N> copies", () => {
  it("is not blocked by an orphan copy a failed run could not remove: it skips that version", () => {
    const addOn = approvedPlan();
    addOn.run("exportPlan");
    // The Doc's update keeps failing, and so does removing the v2 copy just made: v2 is left behind, listed nowhere.
    addOn.emulator.faults.failNext("Drive.Files.update", 3, "Service unavailable: Drive");
    addOn.emulator.faults.failNext("Drive.Files.remove", 3, "Service unavailable: Drive");
    expect(() => addOn.run("exportPlan", { finalize: true })).toThrow(
      /^Finalize did not finish: .* these are left as the failed run wrote them: plan-plg-onboarding-7f3a-v2\.json\. Run Finalize again/,
    );
    const orphan = live(addOn).find((file) => file.name === "plan-plg-onboarding-7f3a-v2.json")!;
    const orphanText = orphan.content.toString();
    expect(exportState(addOn)).toMatchObject({ version: 1, status: "draft" });

    const final = addOn.run<ExportResult>("exportPlan", { finalize: true });
    expect(final).toMatchObject({ version: 3, status: "final", finalCopy: { name: "plan-plg-onboarding-7f3a-v3.json" } });
    expect(content(addOn, orphan.id)).toBe(orphanText);
    expect(exportState(addOn)?.finalCopies?.map((copy) => copy.version)).toEqual([3]);
  });

  it("names Finalize, once, when a Finalize fails", () => {
    const addOn = approvedPlan();
    addOn.run("exportPlan");
    addOn.emulator.faults.failNext("Drive.Files.create", 3, "Service unavailable: Drive");
    expect(() => addOn.run("exportPlan", { finalize: true })).toThrow(
      /^Finalize did not finish: Google Drive did not respond to "create plan-plg-onboarding-7f3a-v2\.json" after 3 tries\. Nothing was changed; try again in a few minutes\.$/,
    );
  });

  it("never removes the -v<N> copy while the export state says v<N> is final", () => {
    const addOn = approvedPlan();
    addOn.run("exportPlan");
    const start = addOn.emulator.saveState();
    const finalize = (a: LoadedAddOn) => a.run("exportPlan", { finalize: true });
    // Drive and properties go down for good right after the state is saved: the Change log's row is the next write.
    const append = positionOf(start, finalize, "Range.setValues");
    const failing = loadAddOn({ state: structuredClone(start) });
    failing.emulator.faults.failCall(append, { outage: true });
    expect(() => finalize(failing)).toThrow(/^Finalize did not finish/);
    failing.emulator.faults.clear();
    const state = exportState(failing)!;
    for (const copy of state.finalCopies ?? []) expect(live(failing).map((file) => file.id)).toContain(copy.fileId);
    expect(state).toMatchObject({ version: 2, status: "final" });
  });
});

describe("reads are retried like Drive calls", () => {
  it("exports when reading the workbook fails once", () => {
    const addOn = planWith();
    addOn.emulator.faults.failNext("Range.getValues", 1, "Service Spreadsheets failed while accessing document");
    expect(addOn.run<ExportResult>("exportPlan").version).toBe(1);
  });
});
