import { describe, expect, it } from "vitest";
import type { ExportResult, ValidationReport } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { changeLog, edit } from "../support/edits";
import { planWith } from "../support/plans";

const tampering = (addOn: LoadedAddOn) => addOn.run<ValidationReport>("validatePlan").findings.filter((f) => f.code === "LOG_TAMPERED");

/** A plan whose Change log holds a few rows the add-on wrote (set-up, exports). */
const loggedPlan = () => {
  const addOn = planWith();
  addOn.run("exportPlan");
  addOn.run("exportPlan");
  return addOn;
};

describe("the Change log is hash-chained", () => {
  it("gives every row a hash, and the plan file carries the chain head", () => {
    const addOn = loggedPlan();
    const log = sheetValues(addOn, "Change log");
    expect(log[0].at(-1)).toBe("Hash");
    expect(log.slice(1).every((row) => /^[0-9a-f]{64}$/.test(String(row.at(-1))))).toBe(true);
    expect(tampering(addOn)).toEqual([]);
    const result = addOn.run<ExportResult>("exportPlan");
    const plan = JSON.parse(
      addOn.emulator.drive
        .list()
        .find((f) => f.id === result.fileId)!
        .content.toString(),
    ) as PlanDocument;
    const before = sheetValues(addOn, "Change log").at(-2)!.at(-1);
    // The head is the last row the export read; its own row comes after it, chained to it.
    expect(plan.changeLogHead).toEqual({ hash: before, hashedRows: plan.changeLog.length, brokenAtRow: null });
    expect(tampering(addOn)).toEqual([]);
  });

  it("reports an overwritten cell A2 as LOG_TAMPERED, naming the row", () => {
    const addOn = loggedPlan();
    spreadsheetOf(addOn).getSheetByName("Change log")!.getRange("A2").setValue("2020-01-01T00:00:00.000Z");
    expect(tampering(addOn)).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: "Change log",
        row: 2,
        column: "Hash",
        message: expect.stringContaining("breaks at row 2"),
      }),
    ]);
    expect(() => addOn.run("exportPlan", { finalize: true })).toThrow(/Finalize is blocked/);
  });

  it("chains edits logged one after another, and after rows written or removed by other means", () => {
    const addOn = loggedPlan();
    edit(addOn, "2 Attributes", "I2", [["90"]]);
    edit(addOn, "2 Attributes", "I3", [["91"]]);
    addOn.run("exportPlan");
    edit(addOn, "2 Attributes", "I2", [["92"]]);
    // A collaborator removes the log's last row: the next edit chains to the row now above it.
    const log = spreadsheetOf(addOn).getSheetByName("Change log")!;
    log.deleteRow(log.getLastRow());
    edit(addOn, "2 Attributes", "I3", [["93"]]);
    expect(changeLog(addOn).at(-1)!["New value"]).toBe("93");
    expect(tampering(addOn)).toEqual([]);
  });

  it("reports a deleted row", () => {
    const addOn = loggedPlan();
    const rows = sheetValues(addOn, "Change log").length;
    spreadsheetOf(addOn).getSheetByName("Change log")!.deleteRow(3);
    expect(tampering(addOn).map((f) => f.row)).toEqual([3]);
    expect(rows).toBeGreaterThan(3);
  });
});
