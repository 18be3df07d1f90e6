import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { planWith } from "../support/plans";

const live = (addOn: LoadedAddOn) => addOn.emulator.drive.list().filter((file) => !file.trashed);
const planFile = (addOn: LoadedAddOn, result: ExportResult) =>
  JSON.parse(
    live(addOn)
      .find((file) => file.id === result.fileId)!
      .content.toString(),
  ) as PlanDocument;
const docText = (addOn: LoadedAddOn) =>
  live(addOn)
    .find((file) => file.mimeType === "application/vnd.google-apps.document")!
    .content.toString();
const markdownOf = (plan: PlanDocument) => Object.fromEntries(plan.profiles.map((p) => [p.profileId, p.document.markdown]));

/** Drive calls an export makes, by method. */
function driveCalls(addOn: LoadedAddOn, work: () => void): Record<string, number> {
  const before = addOn.emulator.calls.snapshot();
  work();
  return Object.fromEntries(Object.entries(addOn.emulator.calls.since(before).byMethod).filter(([method]) => method.startsWith("Drive.")));
}

describe("Export's profile documents follow what changed", () => {
  it("a second export with nothing changed leaves the Doc alone and writes the same documents", () => {
    const addOn = planWith();
    const first = addOn.run<ExportResult>("exportPlan");
    const docBefore = docText(addOn);
    let second: ExportResult | undefined;
    const calls = driveCalls(addOn, () => {
      second = addOn.run<ExportResult>("exportPlan");
    });
    expect(second!.version).toBe(first.version + 1);
    expect(second!.contentHash).toBe(first.contentHash);
    expect(markdownOf(planFile(addOn, second!))).toEqual(markdownOf(planFile(addOn, first)));
    expect(docText(addOn)).toBe(docBefore);
    // Only the plan file is rewritten: the Doc keeps its content and its revision history.
    expect(calls["Drive.Files.update"]).toBe(1);
  });

  it("one profile renamed changes its document, in the plan and in the Doc, and no other", () => {
    const addOn = planWith();
    const first = planFile(addOn, addOn.run<ExportResult>("exportPlan"));
    const sheet = spreadsheetOf(addOn).getSheetByName("3 Profiles")!;
    const values = sheetValues(addOn, "3 Profiles");
    const row = values.findIndex((cells) => cells.includes("growing-teams"));
    sheet.getRange(row + 1, values[0].indexOf("Name") + 1).setValue("Teams past five seats");
    const second = planFile(addOn, addOn.run<ExportResult>("exportPlan"));
    const before = markdownOf(first);
    const after = markdownOf(second);
    expect(after["growing-teams"]).toContain("Teams past five seats");
    expect(after["new-free-users"]).toBe(before["new-free-users"]);
    expect(docText(addOn)).toContain("Teams past five seats");
  });

  it("a fingerprint record that no longer reads is ignored: every document is rendered again, the same", () => {
    const addOn = planWith();
    const first = planFile(addOn, addOn.run<ExportResult>("exportPlan"));
    const properties = addOn.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    properties.getDocumentProperties().setProperty("profileDocuments", '{"contentHash": 7');
    const second = planFile(addOn, addOn.run<ExportResult>("exportPlan"));
    expect(markdownOf(second)).toEqual(markdownOf(first));
    expect(second.contentHash).toBe(first.contentHash);
  });
});
