import { describe, expect, it } from "vitest";
import type { ApprovalsReport, ApproveResult } from "../../src/domain/api/approvals";
import type { ExportResult, ValidationReport } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { loadAddOn, sheetValues, spreadsheetOf, type LoadedAddOn } from "../support/bundle";
import { APPROVER, approveAll, approvedPlan, planWith, typedApproval, setPlanValue } from "../support/plans";

const as = <T>(addOn: LoadedAddOn, user: string, work: () => T): T => {
  addOn.emulator.setUser(user);
  try {
    return work();
  } finally {
    addOn.emulator.setUser("owner@example.com");
  }
};
const card = (addOn: LoadedAddOn, user = APPROVER) => as(addOn, user, () => addOn.run<ApprovalsReport>("getApprovals"));
const governanceRow = (addOn: LoadedAddOn) => sheetValues(addOn, "5 Governance")[1];
const approvalFindings = (addOn: LoadedAddOn) =>
  addOn.run<ValidationReport>("validatePlan").findings.filter((f) => f.code.startsWith("APPROVAL_"));
const planFile = (addOn: LoadedAddOn, result: ExportResult) =>
  JSON.parse(
    addOn.emulator.drive
      .list()
      .find((f) => f.id === result.fileId)!
      .content.toString(),
  ) as PlanDocument;
/** Everything an approval could change: sheets and document properties. */
const state = (addOn: LoadedAddOn) => {
  const saved = addOn.emulator.saveState();
  return JSON.stringify({ sheets: saved.spreadsheet, properties: saved.properties });
};

describe("the Approvals card", () => {
  it("shows the signed-in approver the row awaiting them, with what it approves", () => {
    const addOn = planWith();
    const report = card(addOn);
    expect(report.user).toBe(APPROVER);
    expect(report.items).toEqual([
      expect.objectContaining({ row: 2, scope: "plan", item: "*", status: "awaiting", hash: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);
    const content = report.items[0].content.join("\n");
    expect(content).toContain("This Governance row: Owner ana@example.com · Fallback owner dev@example.com · Approver priya@example.com");
    expect(content).toContain("Plan inputs: Channels web, in-app, email");
    expect(content).toMatch(/Attribute signup_date: Type date .*Coverage SLA % 95/);
    // Someone who approves nothing sees nothing to approve, and that one row waits for someone else.
    expect(card(addOn, "intern@example.com")).toMatchObject({ items: [], othersAwaiting: 1 });
  });
});

describe("Approve", () => {
  it("writes Approved by and Approved on for the signed-in approver, logs it, and lets Finalize through", () => {
    // Approved on comes from the script's clock: 40 days on, it is that day.
    const addOn = planWith(undefined, loadAddOn({ scriptDate: true }));
    addOn.emulator.clock.advance(40 * 86_400_000);
    const today = addOn.emulator.clock.now().toISOString().slice(0, 10);
    const [item] = card(addOn).items;
    const result = as(addOn, APPROVER, () => addOn.run<ApproveResult>("approve", { row: 2, hash: item.hash }));
    expect(result.approved).toEqual({ scope: "plan", item: "*", approvedBy: APPROVER, approvedOn: today, hash: item.hash });
    expect(result.report.items[0].status).toBe("verified");
    expect(governanceRow(addOn).slice(8, 10).map(String)).toEqual([APPROVER, today]);
    const log = sheetValues(addOn, "Change log").at(-1)!;
    expect(log.slice(1, 5)).toEqual([APPROVER, "5 Governance", "plan: *", "Approved by"]);
    expect(log).toContain("approval");
    expect(approvalFindings(addOn)).toEqual([]);

    const final = addOn.run<ExportResult>("exportPlan", { finalize: true });
    expect(final.status).toBe("final");
    const plan = planFile(addOn, final);
    expect(plan.approvals).toEqual([
      expect.objectContaining({
        scope: "plan",
        item: "*",
        status: "verified",
        approvedBy: APPROVER,
        hash: item.hash,
        contentHash: item.hash,
      }),
    ]);
    expect(plan.approvals![0].approvedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("refuses a second user approving someone else's row, and changes nothing", () => {
    const addOn = planWith();
    const [item] = card(addOn).items;
    const before = state(addOn);
    expect(() => as(addOn, "intern@example.com", () => addOn.run("approve", { row: 2, hash: item.hash }))).toThrow(
      "Only priya@example.com (the Approver on 5 Governance row 2) can approve plan *; you are signed in as intern@example.com. Nothing was changed.",
    );
    expect(state(addOn)).toBe(before);
  });

  it("lets the Fallback owner approve only when no Approver is named", () => {
    const addOn = planWith((e) => {
      e.sheets["5 Governance"][0].Approver = "";
    });
    const [item] = card(addOn, "dev@example.com").items;
    expect(item).toMatchObject({ approver: "dev@example.com", status: "not required" });
    as(addOn, "dev@example.com", () => addOn.run("approve", { row: 2, hash: item.hash }));
    expect(String(governanceRow(addOn)[8])).toBe("dev@example.com");

    const named = planWith();
    const hash = card(named).items[0].hash;
    expect(() => as(named, "dev@example.com", () => named.run("approve", { row: 2, hash }))).toThrow(/^Only priya@example.com/);
  });

  it("refuses an item with errors, naming the first", () => {
    const addOn = planWith((e) => {
      e.sheets["4 Activation"][0]["Fallback state"] = "";
    });
    const [item] = card(addOn).items;
    expect(item.errorCount).toBe(1);
    const before = state(addOn);
    expect(() => as(addOn, APPROVER, () => addOn.run("approve", { row: 2, hash: item.hash }))).toThrow(
      /^plan \* has 1 error to fix before it can be approved \(for example 4 Activation row 2, Fallback state: .*Nothing was changed\.$/,
    );
    expect(state(addOn)).toBe(before);
  });

  it("refuses content that changed after the card showed it", () => {
    const addOn = planWith();
    const [item] = card(addOn).items;
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("J3").setValue(85);
    expect(() => as(addOn, APPROVER, () => addOn.run("approve", { row: 2, hash: item.hash }))).toThrow(
      "plan * changed since the Approvals card showed it. Refresh the card, review what changed, and approve again. Nothing was changed.",
    );
  });
});

describe("approvals that do not count", () => {
  it("a value typed by hand: Validate reports APPROVAL_UNVERIFIED and Finalize refuses, naming the row", () => {
    const addOn = planWith(typedApproval);
    expect(approvalFindings(addOn)).toEqual([
      expect.objectContaining({
        code: "APPROVAL_UNVERIFIED",
        severity: "error",
        sheet: "5 Governance",
        row: 2,
        column: "Approved by",
        message: expect.stringContaining("the add-on recorded no such approval: typed values do not count"),
      }),
    ]);
    expect(() => addOn.run("exportPlan", { finalize: true })).toThrow(
      /The approval for plan \* on 5 Governance row 2 was not recorded by the add-on \(Approved by says priya@example.com\)/,
    );
  });

  it("a recorded approval overwritten by hand no longer counts", () => {
    const addOn = approvedPlan();
    spreadsheetOf(addOn).getSheetByName("5 Governance")!.getRange("I2").setValue("mallory@example.com");
    expect(approvalFindings(addOn).map((f) => f.code)).toEqual(["APPROVAL_UNVERIFIED"]);
  });

  it("goes stale when a governance-relevant field changes: Validate and Finalize say what changed", () => {
    const addOn = approvedPlan();
    addOn.run("exportPlan");
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("J3").setValue(85);
    const [stale] = approvalFindings(addOn);
    expect(stale).toMatchObject({ code: "APPROVAL_STALE", row: 2, column: "Approved by" });
    expect(stale.message).toContain("attributes signup_date: Coverage SLA % 95 → 85");
    expect(() => addOn.run("exportPlan", { finalize: true })).toThrow(
      /The approval of plan \* by priya@example.com on \d{4}-\d{2}-\d{2} is stale: its content changed since \(attributes signup_date: Coverage SLA % 95 → 85\)/,
    );
    const [item] = card(addOn).items;
    expect(item).toMatchObject({ status: "stale", changes: ["attributes signup_date: Coverage SLA % 95 → 85"] });
    // The draft export marks the change for review.
    const draft = addOn.run<ExportResult>("exportPlan");
    expect(draft.changes).toContainEqual(expect.objectContaining({ id: "signup_date", field: "coverageSlaPct", review: true }));
    // Approving again makes it current.
    approveAll(addOn);
    expect(approvalFindings(addOn)).toEqual([]);
  });

  it("goes stale when someone names a Customer Data Engineer, an owner of the plan it approves", () => {
    const addOn = approvedPlan();
    expect(approvalFindings(addOn)).toEqual([]);
    setPlanValue(addOn, "Customer Data Engineer", "dee@example.com");
    const [stale] = approvalFindings(addOn);
    expect(stale).toMatchObject({ code: "APPROVAL_STALE", row: 2 });
    expect(stale.message).toContain("plan Plan: Customer Data Engineer (empty) → dee@example.com");
  });

  it("stays valid when a field nobody signs off on changes", () => {
    const addOn = approvedPlan();
    spreadsheetOf(addOn).getSheetByName("2 Attributes")!.getRange("B3").setValue("Signup day");
    expect(approvalFindings(addOn)).toEqual([]);
  });
});
