import type { SetupInput, SetupResult } from "../domain/api/contract";
import { setupEntries } from "../domain/change-log/setup-entries";
import { SHEETS } from "../domain/schema/workbook";
import { planValuesFromInput, templateFor } from "../domain/workbook";
import { activeSpreadsheet, activeUser } from "./active";
import { appendChangeLog } from "./change-log";
import { forgetSnapshot } from "./edit-snapshot";
import { withDocumentLock } from "./lock";
import { setupPlanSheet } from "./setup-plan-sheet";
import { setupTableSheet, type FieldWrite } from "./setup-table-sheet";
import { readStatus } from "./status";

/**
 * Creates or upgrades every template sheet under the document lock;
 * idempotent. What it changed goes to the Change log (source setup).
 */
export function setupWorkbook(input: SetupInput): SetupResult {
  return withDocumentLock(() => {
    const randomHex = Utilities.getUuid().replace(/-/g, "");
    const spreadsheet = activeSpreadsheet();
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
  });
}
