import { describe, expect, it } from "vitest";
import type { ExportResult, ValidationReport } from "../../src/domain/api/contract";
import { spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { approvedPlan } from "../support/plans";

/** Sets the cell under `label` on `row` of `sheet`, as a person typing would. */
const setCell = (addOn: LoadedAddOn, sheetName: string, row: number, label: string, value: unknown) => {
  const sheet = spreadsheetOf(addOn).getSheetByName(sheetName)!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  sheet.getRange(row, header.indexOf(label) + 1).setValue(value);
};

/** Issue 15, item 2: each governance-relevant field, changed after the plan was approved and exported. */
const CASES = [
  { sheet: "2 Attributes", label: "Consent purposes", value: "personalization, email_marketing, analytics", field: "consentPurposes" },
  { sheet: "2 Attributes", label: "Sensitivity", value: "pii", field: "sensitivity" },
  { sheet: "2 Attributes", label: "Usage labels", value: "C7", field: "usageLabels" },
  { sheet: "2 Attributes", label: "Coverage SLA %", value: 90, field: "coverageSlaPct" },
  { sheet: "2 Attributes", label: "Freshness SLA (hours)", value: 48, field: "freshnessSlaHours" },
  { sheet: "2 Attributes", label: "Owner", value: "ana@example.com", field: "owner" },
  { sheet: "5 Governance", label: "Fallback owner", value: "sam@example.com", field: "fallbackOwner" },
] as const;

describe("governance-relevant changes after an approval", () => {
  it.each(CASES)("$sheet $label: the next export marks it for review, and the approval goes stale", ({ sheet, label, value, field }) => {
    const addOn = approvedPlan();
    addOn.run("exportPlan");
    // Row 3 of 2 Attributes is signup_date; row 2 of 5 Governance is the plan's approval row.
    setCell(addOn, sheet, sheet === "2 Attributes" ? 3 : 2, label, value);
    const stale = addOn.run<ValidationReport>("validatePlan").findings.filter((f) => f.code === "APPROVAL_STALE");
    expect(stale).toEqual([expect.objectContaining({ sheet: "5 Governance", row: 2, column: "Approved by" })]);
    expect(stale[0].message).toContain(label);
    const draft = addOn.run<ExportResult>("exportPlan");
    expect(draft.changes).toContainEqual(expect.objectContaining({ field, review: true }));
    expect(() => addOn.run("exportPlan", { finalize: true })).toThrow(/is stale/);
  });

  it.each([
    ["Customer Data Engineer", "customerDataEngineer"],
    ["Exec sponsor", "execSponsor"],
  ])("the Plan's %s: the next export marks the change for review", (label, field) => {
    const addOn = approvedPlan();
    addOn.run("exportPlan");
    const plan = spreadsheetOf(addOn).getSheetByName("Plan")!;
    const row = plan
      .getDataRange()
      .getValues()
      .findIndex((cells) => cells[0] === label);
    plan.getRange(row + 1, 2).setValue("dee@example.com");
    const draft = addOn.run<ExportResult>("exportPlan");
    expect(draft.changes).toContainEqual(expect.objectContaining({ section: "inputs", field, after: "dee@example.com", review: true }));
  });
});
