import type { ApprovalsReport } from "../../src/domain/api/approvals";
import { exampleWorkbook, type ExampleWorkbook } from "../fixtures/example-workbook";
import { loadAddOn, type LoadedAddOn, spreadsheetOf } from "./bundle";
import { writeExample } from "./workbook-writer";

/** A set-up workbook holding the example plan, changed as a test needs. */
export function planWith(change?: (example: ExampleWorkbook) => void, addOn: LoadedAddOn = loadAddOn()): LoadedAddOn {
  addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
  const example = exampleWorkbook();
  change?.(example);
  writeExample(addOn, example);
  return addOn;
}

/** The example's Approver (5 Governance row 2). */
export const APPROVER = "priya@example.com";

/** Signs in as `user`, approves every row the Approvals card offers, and signs back in as the owner. */
export function approveAll(addOn: LoadedAddOn, user = APPROVER): ApprovalsReport {
  addOn.emulator.setUser(user);
  try {
    const report = addOn.run<ApprovalsReport>("getApprovals");
    for (const item of report.items.filter((candidate) => candidate.status !== "verified"))
      addOn.run("approve", { row: item.row, hash: item.hash });
    return addOn.run<ApprovalsReport>("getApprovals");
  } finally {
    addOn.emulator.setUser("owner@example.com");
  }
}

/** The example plan with its governance approval recorded by its approver from the sidebar, so nothing blocks Finalize. */
export function approvedPlan(change?: (example: ExampleWorkbook) => void, addOn: LoadedAddOn = loadAddOn()): LoadedAddOn {
  planWith(change, addOn);
  approveAll(addOn);
  return addOn;
}

/** Typed by hand into the cells: the add-on does not count it (APPROVAL_UNVERIFIED). */
export const typedApproval = (example: ExampleWorkbook) => {
  Object.assign(example.sheets["5 Governance"][0], { "Approved by": APPROVER, "Approved on": "2026-11-20" });
};

/** Someone changes a Plan field's Value on the sheet (found by its Field label), with no edit trigger. */
export function setPlanValue(addOn: LoadedAddOn, label: string, value: string): void {
  const plan = spreadsheetOf(addOn).getSheetByName("Plan")!;
  const row = plan
    .getRange("A:A")
    .getValues()
    .findIndex(([field]) => field === label);
  if (row < 0) throw new Error(`The Plan sheet has no field ${label}`);
  plan.getRange(row + 1, 2).setValue(value);
}
