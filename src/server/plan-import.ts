import type { ImportResult } from "../domain/api/contract";
import { stageSheetNamed } from "../domain/change-log/stage-sheets";
import { parsePlanFile } from "../domain/plan/parse-plan-file";
import { planToSheets } from "../domain/plan/plan-to-sheets";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { readDriveFile } from "../drive/read-file";
import { activeSpreadsheet } from "../sheets/active";
import { appendChangeLog } from "../sheets/change-log";
import { readExportState, saveExportState } from "../sheets/export-state";
import { withDocumentLock } from "../sheets/lock";
import { markChangedSinceExport } from "../sheets/maintenance-state";
import { readWorkbook } from "../sheets/read-workbook";
import { restoreBlockers, restoreWorkbook } from "../sheets/restore-workbook";
import { readStatus } from "../sheets/status";
import { seedFromWorkbook } from "../sheets/edit-snapshot";

/**
 * Import plan: restores every sheet from a plan file, or changes nothing and
 * lists the first problems. Everything is checked before the first write.
 */
export function importPlan(source: { fileId: string } | { json: string }, now: Date, user: string): ImportResult {
  const text = "json" in source ? source.json : readDriveFile(source.fileId, DEFAULT_RETRY_LIMIT);
  const parsed = parsePlanFile(text);
  if (!parsed.ok) throw new Error(`The plan file was not imported; nothing changed:\n• ${parsed.problems.join("\n• ")}`);
  const plan = parsed.plan;
  return withDocumentLock(() => {
    const blockers = restoreBlockers();
    if (blockers.length > 0) throw new Error(`The plan file was not imported; nothing changed:\n• ${blockers.join("\n• ")}`);
    const restored = restoreWorkbook(planToSheets(plan));
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
  });
}
