import type { ExportResult } from "../domain/api/contract";
import { AddOnError, operationFailure } from "../domain/errors";
import { bytesToHex } from "../domain/plan/canonical-json";
import { buildPlan } from "../domain/plan/build-plan";
import { dependencyGraph } from "../domain/plan/dependency-graph";
import { profileDocuments } from "../domain/plan/documents";
import { finalizeBlockers } from "../domain/plan/finalize-gate";
import { planFileSizeProblem } from "../domain/plan/limits";
import { parsePlanFile } from "../domain/plan/parse-plan-file";
import type { PlanDocument } from "../domain/plan/plan-document";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { UndoList } from "../domain/undo-list";
import { validateWorkbook } from "../domain/validation";
import { createFile, createFolder, type DriveItem, exportHtml, readText, removeItem, replaceContent } from "../drive/drive-files";
import { locatePlanPlace } from "../drive/plan-folder";
import { withRetry } from "../drive/retry";
import { activeSpreadsheet } from "../sheets/active";
import { appendChangeLog } from "../sheets/change-log";
import { CHECKLIST_SHEET, writeChecklistSheet } from "../sheets/checklist-sheet";
import { snapshotDocumentProperties } from "../sheets/document-store";
import { readEscalationState } from "../sheets/escalation-store";
import { EXPORT_STATE_KEY, readExportState, saveExportState } from "../sheets/export-state";
import { withDocumentLock } from "../sheets/lock";
import { CHANGED_SINCE_EXPORT_KEY, clearChangedSinceExport } from "../sheets/maintenance-state";
import { writePlanField } from "../sheets/plan-sheet";
import { readWorkbook } from "../sheets/read-workbook";
import { snapshotSheets } from "../sheets/sheet-snapshot";

const JSON_TYPE = "application/json";
const GOOGLE_DOC = "application/vnd.google-apps.document";

/**
 * Export plan, all or nothing (DESIGN section 9). Everything is read and
 * computed first; then each write records how to take it back: the folder
 * (when new), the Google Doc (updated in place, its previous HTML kept),
 * plan-<Plan ID>.json (its previous text kept), the Plan sheet and the
 * checklist, the immutable -v<N> copy (last of the files), and the export
 * state. If any step fails past its retries, every step before it is taken
 * back, the failure is logged, and the person is told which operation
 * failed. The Change log row comes last.
 */
export function exportPlan(finalize: boolean, now: Date, user: string): ExportResult {
  const operation = finalize ? "Finalize" : "Export";
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const result = validateWorkbook(readWorkbook(spreadsheet).raw, { now });
    const plan = result.context.workbook.plan.values;
    if (!plan.planId) throw new AddOnError("NOT_SET_UP", "The Plan sheet has no Plan ID yet. Run Set up sheets first, then export.");
    if (finalize) {
      const graph = dependencyGraph(result.context, result.findings, plan.pattern ?? "diamond");
      const blockers = finalizeBlockers(result.findings, graph, result.context.workbook.governance.rows);
      if (blockers.length > 0) throw new AddOnError("BLOCKED", `Finalize is blocked; nothing was exported:\n• ${blockers.join("\n• ")}`);
    }
    const retryLimit = plan.retryLimit ?? DEFAULT_RETRY_LIMIT;
    const state = readExportState();
    const mainName = `plan-${plan.planId}.json`;
    const undo = new UndoList();
    try {
      const place = locatePlanPlace(state, Boolean(state?.folderId) && !plan.driveFolder, mainName, retryLimit);
      const previousText = place.main ? readText(place.main.id, mainName, retryLimit) : null;
      const previousRead = previousText === null ? null : parsePlanFile(previousText);
      const previous: PlanDocument | null = previousRead?.ok ? previousRead.plan : null;
      const version = nextVersion(plan.planId, state, previous, place.children);

      const folder = place.folder ?? createFolder(`Personalization Profiles – ${plan.planId}`, retryLimit);
      if (!place.folder) undo.push("the new plan folder", () => removeItem(folder.id, retryLimit));

      const docName = `Profiles – ${plan.planId}`;
      const documents = profileDocuments(result.context, `Profiles of ${plan.initiative ?? plan.planId} (${plan.planId})`);
      const doc = writeKeepingPrevious(
        place.doc,
        folder.id,
        docName,
        GOOGLE_DOC,
        { text: documents.html, type: "text/html" },
        undo,
        retryLimit,
        (id) => exportHtml(id, docName, retryLimit),
      );
      const docUrl = `https://docs.google.com/document/d/${doc.id}/edit`;

      const document = buildPlan(result, {
        version,
        status: finalize ? "final" : "draft",
        exportedAt: now.toISOString(),
        exportedBy: user,
        previous,
        docUrls: Object.fromEntries([...documents.markdown.keys()].map((id) => [id, docUrl])),
        digest: (text) => bytesToHex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8)),
        document: (id) => documents.markdown.get(id) ?? "",
        escalations: readEscalationState().escalations,
      });
      const text = JSON.stringify(document, null, 2);
      // Never write a file that Import could not read back (limits.ts).
      const tooLarge = planFileSizeProblem(text);
      if (tooLarge)
        throw new AddOnError("LIMIT", `${operation} stopped: ${tooLarge} Remove rows the plan no longer needs, then export again.`);
      const main = writeKeepingPrevious(
        place.main,
        folder.id,
        mainName,
        JSON_TYPE,
        { text, type: JSON_TYPE },
        undo,
        retryLimit,
        () => previousText ?? "",
      );

      const putBackSheets = snapshotSheets(spreadsheet, ["Plan", CHECKLIST_SHEET]);
      const putBackProperties = snapshotDocumentProperties([EXPORT_STATE_KEY, CHANGED_SINCE_EXPORT_KEY]);
      undo.push("the Plan sheet and the checklist", () => withRetry("put the sheets back", retryLimit, () => putBackSheets.restore()));
      undo.push("the export state", () => withRetry("put the export state back", retryLimit, putBackProperties));
      writePlanField(spreadsheet, "driveFolder", folder.url);
      writeChecklistSheet(spreadsheet, document.activationChecklist);

      // The immutable copy comes last of the files: once it exists, only the state save and the log are left.
      const finalName = `plan-${plan.planId}-v${version}.json`;
      const versioned = finalize ? createFile(folder.id, finalName, JSON_TYPE, { text, type: JSON_TYPE }, retryLimit) : null;
      if (versioned) undo.push(finalName, () => removeItem(versioned.id, retryLimit));

      saveExportState({
        version,
        status: document.status,
        folderId: folder.id,
        fileId: main.id,
        docId: doc.id,
        contentHash: document.contentHash,
        exportedAt: document.exportedAt,
        fileUrl: main.url,
        folderUrl: folder.url,
        finalCopies: [...(state?.finalCopies ?? []), ...(versioned ? [{ version, fileId: versioned.id }] : [])],
      });
      // After the state: the Plan line names the version just exported.
      clearChangedSinceExport(spreadsheet);
      const changes = document.changes.length;
      appendChangeLog(spreadsheet, [
        {
          timestamp: document.exportedAt,
          user,
          sheet: "Plan",
          rowKey: plan.planId,
          column: "Version",
          oldValue: previous ? `v${previous.version}` : null,
          newValue: `v${version} ${document.status}: ${mainName} (${changes} change${changes === 1 ? "" : "s"}, hash ${document.contentHash.slice(0, 12)})`,
          source: "export",
        },
      ]);
      return {
        fileId: main.id,
        name: mainName,
        url: main.url,
        version,
        status: document.status,
        contentHash: document.contentHash,
        folderUrl: folder.url,
        docUrl,
        finalCopy: versioned ? { name: versioned.name, url: versioned.url } : null,
        changes: document.changes,
      };
    } catch (error) {
      const notUndone = undo.rollBack();
      const failure = operationFailure(operation, error);
      const message = notUndone.length > 0 ? `${failure.message} Could not put back: ${notUndone.join(", ")}.` : failure.message;
      logFailure(spreadsheet, plan.planId, state ? `v${state.version}` : null, `${operation.toLowerCase()} failed: ${message}`, now, user);
      throw new AddOnError(failure.code, message);
    }
  });
}

/**
 * Writes a file in place when it exists (its previous content kept for the
 * undo), or creates it in the folder (the undo removes it).
 */
function writeKeepingPrevious(
  existing: DriveItem | null,
  folderId: string,
  name: string,
  mimeType: string,
  content: { text: string; type: string },
  undo: UndoList,
  retryLimit: number,
  previousContent: (id: string) => string,
): DriveItem {
  if (!existing) {
    const created = createFile(folderId, name, mimeType, content, retryLimit);
    undo.push(name, () => removeItem(created.id, retryLimit));
    return created;
  }
  const before = { text: previousContent(existing.id), type: content.type };
  replaceContent(existing.id, name, content, retryLimit);
  undo.push(name, () => replaceContent(existing.id, name, before, retryLimit));
  return existing;
}

/**
 * One more than any version this plan has had: the state, the last file, and
 * any -v<N> copy in the folder, so a copy a failed run could not remove
 * (an orphan) never has its name taken again.
 */
function nextVersion(
  planId: string,
  state: { version: number } | null,
  previous: PlanDocument | null,
  children: readonly DriveItem[],
): number {
  const prefix = `plan-${planId}-v`;
  const copies = children
    .filter((child) => !child.trashed && child.name.startsWith(prefix) && child.name.endsWith(".json"))
    .map((child) => Number(child.name.slice(prefix.length, -".json".length)))
    .filter(Number.isInteger);
  return Math.max(state?.version ?? 0, previous?.version ?? 0, ...copies) + 1;
}

/** The failure's own Change log row; best effort, since the sheets may be what failed. */
function logFailure(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  planId: string,
  oldValue: string | null,
  newValue: string,
  now: Date,
  user: string,
): void {
  try {
    appendChangeLog(spreadsheet, [
      { timestamp: now.toISOString(), user, sheet: "Plan", rowKey: planId, column: "Version", oldValue, newValue, source: "export" },
    ]);
  } catch {
    // The person still gets the message; the log row is what could not be written.
  }
}
