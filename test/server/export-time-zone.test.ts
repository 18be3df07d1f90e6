import { expect, it } from "vitest";
import type { ExportResult, ValidationReport } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { exampleWorkbook } from "../fixtures/example-workbook";
import { loadAddOn, spreadsheetOf } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";

it("Export judges a review as overdue on the same calendar day as Validate: the spreadsheet's, not UTC's", () => {
  // 20:00 UTC on 1 December is already 2 December in Tokyo.
  const addOn = loadAddOn({ scriptDate: true, now: () => new Date("2026-12-01T20:00:00Z"), timeZone: "Asia/Tokyo" });
  addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
  writeExample(addOn, exampleWorkbook());
  spreadsheetOf(addOn).getSheetByName("5 Governance")!.getRange("H2").setValue("2026-12-01");
  const overdue = (findings: readonly { code: string; sheet: string; row: number }[]) =>
    findings.filter((f) => f.code === "REVIEW_OVERDUE" && f.sheet === "5 Governance").map((f) => f.row);

  expect(overdue(addOn.run<ValidationReport>("validatePlan").findings)).toEqual([2]);
  const exported = addOn.run<ExportResult>("exportPlan");
  const file = addOn.emulator.drive.list().find((f) => f.id === exported.fileId)!;
  const plan = JSON.parse(file.content.toString()) as PlanDocument;
  expect(overdue(plan.validation.findings)).toEqual([2]);
});
