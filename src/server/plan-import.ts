import type { ImportResult } from "../domain/api/contract";
import { STAGE_SHEET_NAMES } from "../domain/change-log/stage-sheets";
import { AddOnError } from "../domain/errors";
import { type ChangeMarker, changedSinceExportText, markChanged } from "../domain/maintenance/changed-since-export";
import { parsePlanFile } from "../domain/plan/parse-plan-file";
import type { PlanDocument } from "../domain/plan/plan-document";
import { planToSheets } from "../domain/plan/plan-to-sheets";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { SHEETS } from "../domain/schema/workbook";
import { readDriveFile } from "../drive/read-file";
import { activeSpreadsheet } from "../sheets/active";
import { applySheet, prepareSheet } from "../sheets/apply-sheet-plan";
import { appendChangeLog } from "../sheets/change-log";
import { commitOrRollBack } from "../sheets/commit";
import { readDocumentJson, writeDocumentJson } from "../sheets/document-store";
import { RuleBook } from "../sheets/dropdowns";
import { seedFromWorkbook } from "../sheets/edit-snapshot";
import { EXPORT_STATE_KEY, type ExportState, readExportState, saveExportState } from "../sheets/export-state";
import { SPLIT_ADVICE, workbookSizeProblem } from "../domain/workbook/size-limits";
import { withDocumentLock } from "../sheets/lock";
import { knownLogSheet, type LogSheet } from "../sheets/log-sheet";
import { CHANGED_SINCE_EXPORT_KEY } from "../sheets/maintenance-state";
import { datesAsText } from "../sheets/probe-sheets";
import { planRestore } from "../sheets/restore-workbook";
import { readStatus } from "../sheets/status";
import { captureProperties, Transaction } from "../sheets/transaction";

/** The first sentence of a refusal; the reasons follow as "• " lines, which the sidebar lists. */
const NOT_IMPORTED = "Import did not finish: the plan file was not imported, and nothing changed.";

/**
 * Import plan: restores every sheet from a plan file, all or nothing. The
 * file is read and checked, every sheet read and every write decided before
 * the first write; a write that fails puts back every sheet and property as
 * it was, and the failure is logged in the Change log.
 */
export function importPlan(source: { fileId: string } | { json: string }, now: Date, user: string): ImportResult {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const tx = new Transaction(1 + DEFAULT_RETRY_LIMIT);
    let planId: string | null = null;
    const done = commitOrRollBack(
      tx,
      spreadsheet,
      "Import",
      () => {
        // Drive's own answers (gone, in the trash, not a plan file, not responding) already say what to do.
        const text = "json" in source ? source.json : readDriveFile(source.fileId, DEFAULT_RETRY_LIMIT);
        const parsed = parsePlanFile(text);
        if (!parsed.ok) throw new AddOnError("REFUSED_INPUT", `${NOT_IMPORTED}\n• ${parsed.problems.join("\n• ")}`);
        planId = parsed.plan.id;
        return restore(tx, spreadsheet, parsed.plan, now, user);
      },
      (message) => failureEntry(planId, now, user, message),
    );
    // Script writes fire no onEdit: the edit snapshot takes the imported values. Best effort, it is a cache.
    try {
      seedFromWorkbook(done.written, "overwrite");
    } catch {
      // A stale block only gives a worse old value in the log until Validate seeds it again.
    }
    return { planId: done.planId, version: done.version, restored: done.restored, status: done.status };
  });
}

function restore(tx: Transaction, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, plan: PlanDocument, now: Date, user: string) {
  const at = now.toISOString();
  const state = tx.read(() => readExportState());
  // Versions continue from the imported file, so the next export is not mistaken for an older one.
  const newState: ExportState | null =
    !state || state.version < plan.version
      ? {
          version: plan.version,
          status: plan.status,
          folderId: state?.folderId ?? "",
          fileId: state?.fileId ?? "",
          docId: state?.docId ?? null,
          contentHash: plan.contentHash,
          exportedAt: plan.exportedAt,
          fileUrl: state?.fileUrl ?? null,
          folderUrl: state?.folderUrl ?? null,
          finalCopies: state?.finalCopies,
        }
      : null;
  const lastExport = newState ?? state;
  // The import rewrites every stage sheet: the plan now differs from the last export.
  const marker = tx.read(() => readDocumentJson<ChangeMarker>(CHANGED_SINCE_EXPORT_KEY));
  const changed = markChanged(marker, STAGE_SHEET_NAMES, 0, at);
  const line = changedSinceExportText(changed.marker, lastExport ? { version: lastExport.version, at: lastExport.exportedAt } : null);
  const content = planToSheets(plan);
  const tooLarge = workbookSizeProblem(
    Object.fromEntries(content.tables.map((table) => [table.sheet, [table.columns.map((column) => column.label), ...table.rows]])),
  );
  if (tooLarge) throw new AddOnError("LIMIT", `${NOT_IMPORTED}\n• ${tooLarge} ${SPLIT_ADVICE}`);
  const planned = planRestore(tx, spreadsheet, {
    ...content,
    plan: changed.newSheet ? { ...content.plan, changedSinceExport: line } : content.plan,
  });
  if (planned.blockers.length > 0) throw new AddOnError("REFUSED_INPUT", `${NOT_IMPORTED}\n• ${planned.blockers.join("\n• ")}`);

  tx.tries = 1 + plan.errorHandling.retryLimit;
  captureProperties(tx, [EXPORT_STATE_KEY, CHANGED_SINCE_EXPORT_KEY]);
  // Everything a rollback needs is read before the first write.
  const prepared = planned.sheets.map((sheet) => prepareSheet(tx, sheet.probe, sheet.plan));
  const rows = planned.restored.reduce((sum, entry) => sum + entry.rows, 0);
  const rules = new RuleBook();
  // The Change log as written here: the closing append needs no look-up.
  let log: LogSheet | null | undefined;
  for (const sheet of prepared) {
    const written = applySheet(tx, spreadsheet, sheet, rules);
    const after = planned.sheets.find((entry) => entry.probe.name === sheet.probe.name)?.after;
    if (sheet.probe.name === "Change log" && after) log = knownLogSheet(written, after);
  }
  if (newState) tx.write(null, () => saveExportState(newState));
  const stored = markChanged(marker, STAGE_SHEET_NAMES, rows, at).marker;
  tx.write(null, () => writeDocumentJson(CHANGED_SINCE_EXPORT_KEY, stored));
  // Dates left as they were (typed in a cell the file does not fill) read as the calendar text getValues gives.
  const written = datesAsText(tx, spreadsheet, Object.fromEntries(planned.sheets.map((sheet) => [sheet.probe.name, sheet.after])));
  const status = tx.read(() => readStatus(spreadsheet, { sheets: SHEETS.map((spec) => spec.name), values: written }));
  // The log's row is the last write: once it is there, the import has happened.
  appendChangeLog(
    spreadsheet,
    [
      {
        timestamp: at,
        user,
        sheet: "Plan",
        rowKey: plan.id,
        column: "Version",
        oldValue: null,
        newValue: `imported v${plan.version} ${plan.status} (${rows} rows, hash ${plan.contentHash.slice(0, 12)})`,
        source: "import",
      },
    ],
    { log },
  );
  return { planId: plan.id, version: plan.version, restored: planned.restored, written, status };
}

function failureEntry(planId: string | null, now: Date, user: string, message: string) {
  return {
    timestamp: now.toISOString(),
    user,
    sheet: "Plan",
    rowKey: planId,
    column: "Version",
    oldValue: null,
    newValue: `import failed: ${message}`,
    source: "import" as const,
  };
}
