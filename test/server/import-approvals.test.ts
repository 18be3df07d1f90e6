import { describe, expect, it } from "vitest";
import type { ApprovalsReport } from "../../src/domain/api/approvals";
import type { ExportResult, ValidationReport } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { loadAddOn, sheetValues, type LoadedAddOn } from "../support/bundle";
import { APPROVER, approvedPlan } from "../support/plans";

const exportedText = (addOn: LoadedAddOn) => {
  const result = addOn.run<ExportResult>("exportPlan");
  return addOn.emulator.drive
    .list()
    .find((f) => f.id === result.fileId)!
    .content.toString();
};
const approvalFindings = (addOn: LoadedAddOn) =>
  addOn.run<ValidationReport>("validatePlan").findings.filter((f) => f.code.startsWith("APPROVAL_"));
const card = (addOn: LoadedAddOn) => {
  addOn.emulator.setUser(APPROVER);
  try {
    return addOn.run<ApprovalsReport>("getApprovals");
  } finally {
    addOn.emulator.setUser("owner@example.com");
  }
};

describe("Import restores the plan's approvals", () => {
  it("an approved plan imported elsewhere reads as verified, Finalize accepts it, and the Change log says where it came from", () => {
    const text = exportedText(approvedPlan());
    const target = loadAddOn();
    target.run("importPlan", { json: text });
    expect(approvalFindings(target)).toEqual([]);
    expect(card(target).items).toEqual([expect.objectContaining({ scope: "plan", item: "*", status: "verified" })]);
    expect(target.run<ExportResult>("exportPlan", { finalize: true }).status).toBe("final");
    const restored = sheetValues(target, "Change log").filter((row) => String(row[6]).startsWith("approval restored"));
    expect(restored).toHaveLength(1);
    expect(restored[0].slice(2, 5)).toEqual(["5 Governance", "plan: *", "Approved by"]);
    expect(String(restored[0][6])).toContain(`approval restored from the plan file: ${APPROVER} on `);
    expect(restored[0][7]).toBe("import");
  });

  it("importing the same plan again restores nothing twice", () => {
    const text = exportedText(approvedPlan());
    const target = loadAddOn();
    target.run("importPlan", { json: text });
    const logRows = sheetValues(target, "Change log").length;
    target.run("importPlan", { json: text });
    const added = sheetValues(target, "Change log").slice(logRows);
    expect(added.filter((row) => String(row[6]).startsWith("approval restored"))).toEqual([]);
    expect(approvalFindings(target)).toEqual([]);
  });

  it("a file whose approved content was changed imports as a stale approval, not a verified one", () => {
    const plan = JSON.parse(exportedText(approvedPlan())) as PlanDocument;
    const attributes = plan.attributes as Record<string, unknown>[];
    const signup = attributes.find((attribute) => attribute.attributeId === "signup_date")!;
    signup.coverageSlaPct = 80;
    const target = loadAddOn();
    target.run("importPlan", { json: JSON.stringify(plan) });
    expect(approvalFindings(target).map((f) => f.code)).toEqual(["APPROVAL_STALE"]);
    expect(() => target.run("exportPlan", { finalize: true })).toThrow(/is stale/);
  });

  it("a refused import stores no approval", () => {
    const plan = JSON.parse(exportedText(approvedPlan())) as PlanDocument;
    const target = loadAddOn();
    const before = JSON.stringify(target.emulator.saveState().properties);
    expect(() => target.run("importPlan", { json: JSON.stringify({ ...plan, attributes: "not a list" }) })).toThrow(
      /^Import did not finish/,
    );
    expect(JSON.stringify(target.emulator.saveState().properties)).toBe(before);
  });
});
