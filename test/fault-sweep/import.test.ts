import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import { spreadsheetOf } from "../support/bundle";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";

/** A workbook that changed since its export, so the import has something to put back. */
function exportedThenChanged() {
  const addOn = planWith();
  const exported = addOn.run<ExportResult>("exportPlan");
  const json = addOn.emulator.drive
    .list()
    .find((file) => file.id === exported.fileId)!
    .content.toString();
  const attributes = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
  attributes.getRange("I3").setValue(91);
  attributes.deleteRow(4);
  return { addOn, json, fileId: exported.fileId };
}

// Each run replays a whole import (about 600 service calls): the sweep gets a budget of its own.
describe("Import is all or nothing, whichever call fails", { timeout: 120_000 }, () => {
  it("from the file's text", () => {
    const { addOn, json } = exportedThenChanged();
    const sweep = faultSweep({
      operation: "Import (JSON)",
      start: addOn.emulator.saveState(),
      run: (a) => {
        a.run("importPlan", { json });
        return undefined;
      },
      maxRuns: 30,
    });
    expect(sweep.problems).toEqual([]);
  });

  it("from a Drive file ID", () => {
    const { addOn, fileId } = exportedThenChanged();
    const sweep = faultSweep({
      operation: "Import (file ID)",
      start: addOn.emulator.saveState(),
      run: (a) => {
        a.run("importPlan", { fileId });
        return undefined;
      },
      maxRuns: 30,
    });
    expect(sweep.problems).toEqual([]);
  });
});
