import type { SetupInput, SetupResult } from "../domain/api/contract";
import { setupEntries } from "../domain/change-log/setup-entries";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { SHEETS } from "../domain/schema/workbook";
import { withRetry } from "../drive/retry";
import { planValuesFromInput, templateFor } from "../domain/workbook";
import { activeSpreadsheet, activeUser } from "./active";
import { appendChangeLog } from "./change-log";
import { forgetSnapshot } from "./edit-snapshot";
import { withDocumentLock } from "./lock";
import { snapshotSheets } from "./sheet-snapshot";
import { setupPlanSheet } from "./setup-plan-sheet";
import { setupTableSheet, type FieldWrite } from "./setup-table-sheet";
import { readStatus } from "./status";

/**
 * Creates or upgrades every template sheet under the document lock;
 * idempotent. What it changed goes to the Change log (source setup). All or
 * nothing: the sheets are read first, and a write that fails past its
 * retries puts every sheet back (a sheet it created is deleted again).
 */
export function setupWorkbook(input: SetupInput): SetupResult {
  return withDocumentLock(() => {
    const randomHex = Utilities.getUuid().replace(/-/g, "");
    const spreadsheet = activeSpreadsheet();
    const before = snapshotSheets(
      spreadsheet,
      SHEETS.map((spec) => spec.name),
    );
    try {
      return setUp(spreadsheet, input, randomHex);
    } catch (error) {
      withRetry("put the sheets back", DEFAULT_RETRY_LIMIT, () => before.restore());
      throw error;
    }
  });
}

function setUp(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, input: SetupInput, randomHex: string): SetupResult {
  const created: SetupResult["created"] = [];
  const upgraded: SetupResult["upgraded"] = [];
  const skipped: SetupResult["skipped"] = [];
  const planFields: FieldWrite[] = [];
  for (const spec of SHEETS) {
    const template = templateFor(spec);
    const outcome =
      spec.layout === "keyValue"
        ? setupPlanSheet(spreadsheet, template, (current) => planValuesFromInput(input, current, randomHex))
        : setupTableSheet(spreadsheet, template);
    if (outcome.kind === "created") created.push(spec.name);
    else if (outcome.kind === "upgraded") upgraded.push({ sheet: spec.name, addedColumns: outcome.addedColumns });
    else skipped.push({ sheet: spec.name, reason: outcome.reason });
    if (outcome.kind !== "skipped") planFields.push(...(outcome.fields ?? []));
  }
  if (planFields.length > 0) forgetSnapshot("Plan", 1, 1);
  appendChangeLog(spreadsheet, setupEntries({ created, upgraded, planFields }, new Date().toISOString(), activeUser()));
  const status = readStatus(spreadsheet);
  return { planId: status.plan.planId, created, upgraded, skipped, status };
}
