import type { ImportResult } from "../domain/api/contract";
import { AddOnError, operationFailure } from "../domain/errors";
import { stageSheetNamed } from "../domain/change-log/stage-sheets";
import { parsePlanFile } from "../domain/plan/parse-plan-file";
import type { PlanDocument } from "../domain/plan/plan-document";
import { planToSheets, type SheetsContent } from "../domain/plan/plan-to-sheets";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { SHEETS } from "../domain/schema/workbook";
import { UndoList } from "../domain/undo-list";
import { readDriveFile } from "../drive/read-file";
import { withRetry } from "../drive/retry";
import { activeSpreadsheet } from "../sheets/active";
import { appendChangeLog } from "../sheets/change-log";
import { snapshotDocumentProperties } from "../sheets/document-store";
import { EXPORT_STATE_KEY, readExportState, saveExportState } from "../sheets/export-state";
import { withDocumentLock } from "../sheets/lock";
import { logPlanFailure } from "../sheets/log-failure";
import { CHANGED_SINCE_EXPORT_KEY, markChangedSinceExport } from "../sheets/maintenance-state";
import { readWorkbook } from "../sheets/read-workbook";
import { restoreBlockers, restoreWorkbook } from "../sheets/restore-workbook";
import { readStatus } from "../sheets/status";
import { seedFromWorkbook } from "../sheets/edit-snapshot";
import { snapshotSheets } from "../sheets/sheet-snapshot";

const refused = (problems: readonly string[]) =>
  new AddOnError("REFUSED_INPUT", `The plan file was not imported; nothing changed:\n• ${problems.join("\n• ")}`);

/**
 * Import plan, all or nothing: the file is parsed and checked, and every
 * sheet's content computed, before the first write. What the import will
 * overwrite (the sheets, the export state, the changed-since-export mark)
 * is read first; if a write fails past its retries, all of it is put back,
 * the failure is logged, and nothing of the file remains.
 */
export function importPlan(source: { fileId: string } | { json: string }, now: Date, user: string): ImportResult {
  const text = "json" in source ? source.json : readDriveFile(source.fileId, DEFAULT_RETRY_LIMIT);
  const parsed = parsePlanFile(text);
  if (!parsed.ok) throw refused(parsed.problems);
  const plan = parsed.plan;
  const content = planToSheets(plan);
  return withDocumentLock(() => {
    const blockers = restoreBlockers();
    if (blockers.length > 0) throw refused(blockers);
    const undo = new UndoList();
    const putBackSheets = snapshotSheets(
      activeSpreadsheet(),
      SHEETS.map((spec) => spec.name),
    );
    const putBackProperties = snapshotDocumentProperties([EXPORT_STATE_KEY, CHANGED_SINCE_EXPORT_KEY]);
    undo.push("the sheets", () => withRetry("put the sheets back", DEFAULT_RETRY_LIMIT, () => putBackSheets.restore()));
    undo.push("the export state", () => withRetry("put the export state back", DEFAULT_RETRY_LIMIT, putBackProperties));
    try {
      return writeImport(plan, content, now, user);
    } catch (error) {
      const notUndone = undo.rollBack();
      const failure = operationFailure("Import", error);
      const message = notUndone.length > 0 ? `${failure.message} Could not put back: ${notUndone.join(", ")}.` : failure.message;
      logPlanFailure(
        activeSpreadsheet(),
        { planId: plan.id, oldValue: null, newValue: `import failed: ${message}`, source: "import" },
        now,
        user,
      );
      throw new AddOnError(failure.code, message);
    }
  });
}

function writeImport(plan: PlanDocument, content: SheetsContent, now: Date, user: string): ImportResult {
  const restored = restoreWorkbook(content);
  const state = readExportState();
  // Versions continue from the imported file, so the next export is not mistaken for an older one.
  if (!state || state.version < plan.version) {
    saveExportState({
      version: plan.version,
      status: plan.status,
      folderId: state?.folderId ?? "",
      fileId: state?.fileId ?? "",
      docId: state?.docId ?? null,
      contentHash: plan.contentHash,
      exportedAt: plan.exportedAt,
      fileUrl: state?.fileUrl ?? null,
      folderUrl: state?.folderUrl ?? null,
    });
  }
  const rows = restored.reduce((sum, entry) => sum + entry.rows, 0);
  const spreadsheet = activeSpreadsheet();
  appendChangeLog(spreadsheet, [
    {
      timestamp: now.toISOString(),
      user,
      sheet: "Plan",
      rowKey: plan.id,
      column: "Version",
      oldValue: null,
      newValue: `imported v${plan.version} ${plan.status} (${rows} rows, hash ${plan.contentHash.slice(0, 12)})`,
      source: "import",
    },
  ]);
  // The import rewrote every stage sheet: the edit snapshot takes its values, and the plan differs from the last export.
  const sheets = ["Plan", ...restored.map((entry) => entry.sheet)].filter((name) => stageSheetNamed(name));
  markChangedSinceExport(spreadsheet, sheets, rows, now.toISOString());
  seedFromWorkbook(readWorkbook(spreadsheet).raw, "overwrite");
  return { planId: plan.id, version: plan.version, restored, status: readStatus(activeSpreadsheet()) };
}
