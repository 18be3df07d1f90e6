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
  it("an approved plan imported elsewhere keeps its approvals as restored records: Finalize waits until the approver approves again", () => {
    const text = exportedText(approvedPlan());
    const target = loadAddOn();
    target.run("importPlan", { json: text });
    // A plan file can be edited and its hash recomputed: what it says was approved is history, not an approval.
    const [restoredFinding] = approvalFindings(target);
    expect(restoredFinding).toMatchObject({ code: "APPROVAL_UNVERIFIED", sheet: "5 Governance", column: "Approved by" });
    expect(restoredFinding.message).toContain(`${APPROVER} approved plan * on `);
    expect(restoredFinding.message).toContain("according to the plan file owner@example.com imported");
    const [item] = card(target).items;
    expect(item).toMatchObject({ scope: "plan", item: "*", status: "restored" });
    expect(() => target.run("exportPlan", { finalize: true })).toThrow(/restored|imported/);
    const restored = sheetValues(target, "Change log").filter((row) => String(row[6]).startsWith("approval restored"));
    expect(restored).toHaveLength(1);
    expect(restored[0].slice(2, 5)).toEqual(["5 Governance", "plan: *", "Approved by"]);
    expect(String(restored[0][6])).toContain(`approval restored from the plan file: ${APPROVER} on `);
    expect(restored[0][7]).toBe("import");

    target.emulator.setUser(APPROVER);
    target.run("approve", { row: item.row, hash: item.hash });
    target.emulator.setUser("owner@example.com");
    expect(approvalFindings(target)).toEqual([]);
    expect(target.run<ExportResult>("exportPlan", { finalize: true }).status).toBe("final");
  });

  it("importing the same plan again restores nothing twice", () => {
    const text = exportedText(approvedPlan());
    const target = loadAddOn();
    target.run("importPlan", { json: text });
    const logRows = sheetValues(target, "Change log").length;
    target.run("importPlan", { json: text });
    const added = sheetValues(target, "Change log").slice(logRows);
    expect(added.filter((row) => String(row[6]).startsWith("approval restored"))).toEqual([]);
    expect(approvalFindings(target).map((f) => f.code)).toEqual(["APPROVAL_UNVERIFIED"]);
  });

  it("a file whose approved content was changed imports as a restored approval that says so, not a verified one", () => {
    const plan = JSON.parse(exportedText(approvedPlan())) as PlanDocument;
    const attributes = plan.attributes as Record<string, unknown>[];
    const signup = attributes.find((attribute) => attribute.attributeId === "signup_date")!;
    signup.coverageSlaPct = 80;
    const target = loadAddOn();
    target.run("importPlan", { json: JSON.stringify(plan) });
    const findings = approvalFindings(target);
    expect(findings.map((f) => f.code)).toEqual(["APPROVAL_UNVERIFIED"]);
    expect(findings[0].message).toContain("Its content also changed since.");
    expect(() => target.run("exportPlan", { finalize: true })).toThrow(/Finalize/);
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
