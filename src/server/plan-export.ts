import type { ExportResult } from "../domain/api/contract";
import { bytesToHex } from "../domain/plan/canonical-json";
import { buildPlan } from "../domain/plan/build-plan";
import { dependencyGraph } from "../domain/plan/dependency-graph";
import { profileDocuments } from "../domain/plan/documents";
import { AddOnError } from "../domain/errors";
import { finalizeBlockers } from "../domain/plan/finalize-gate";
import { planFileSizeProblem } from "../domain/plan/limits";
import { parsePlanFile } from "../domain/plan/parse-plan-file";
import type { PlanDocument } from "../domain/plan/plan-document";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { validateWorkbook } from "../domain/validation";
import {
  discard,
  findFile,
  openPlanFolder,
  readText,
  writeGoogleDoc,
  writeImmutableJson,
  writeJson,
  type PlanFolder,
} from "../drive/plan-folder";
import { activeSpreadsheet } from "../sheets/active";
import { appendChangeLog } from "../sheets/change-log";
import { writeChecklistSheet } from "../sheets/checklist-sheet";
import { readEscalationState } from "../sheets/escalation-store";
import { readExportState, saveExportState } from "../sheets/export-state";
import { withDocumentLock } from "../sheets/lock";
import { clearChangedSinceExport } from "../sheets/maintenance-state";
import { writePlanField } from "../sheets/plan-sheet";
import { readWorkbook } from "../sheets/read-workbook";

/**
 * Export plan: validate, build the plan, write its Google Doc, the finalized
 * copy (when finalizing) and plan-<Plan ID>.json, then record the export. A
 * Drive failure that survives its retries removes what this export created,
 * is logged, and leaves the previous export as it was.
 */
export function exportPlan(finalize: boolean, now: Date, user: string): ExportResult {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const result = validateWorkbook(readWorkbook(spreadsheet).raw, { now });
    const plan = result.context.workbook.plan.values;
    if (!plan.planId) throw new Error("The Plan sheet has no Plan ID yet. Run Set up sheets first, then export.");
    if (finalize) {
      const graph = dependencyGraph(result.context, result.findings, plan.pattern ?? "diamond");
      const blockers = finalizeBlockers(result.findings, graph, result.context.workbook.governance.rows);
      if (blockers.length > 0) throw new Error(`Finalize is blocked; nothing was exported:\n• ${blockers.join("\n• ")}`);
    }

    const retryLimit = plan.retryLimit ?? DEFAULT_RETRY_LIMIT;
    const state = readExportState();
    const created: string[] = [];
    const mainName = `plan-${plan.planId}.json`;
    let folder: PlanFolder | null = null;
    try {
      folder = openPlanFolder(state?.folderId ?? null, plan.planId, retryLimit);
      const previousFile = findFile(folder, mainName);
      const previousRead = previousFile ? parsePlanFile(readText(previousFile, retryLimit)) : null;
      const previous: PlanDocument | null = previousRead?.ok ? previousRead.plan : null;
      const version = Math.max(state?.version ?? 0, previous?.version ?? 0) + 1;

      const documents = profileDocuments(result.context, `Profiles of ${plan.initiative ?? plan.planId} (${plan.planId})`);
      const doc = writeGoogleDoc(folder, state?.docId ?? null, `Profiles – ${plan.planId}`, documents.html);
      if (doc.created) created.push(doc.id);

      const document = buildPlan(result, {
        version,
        status: finalize ? "final" : "draft",
        exportedAt: now.toISOString(),
        exportedBy: user,
        previous,
        docUrls: Object.fromEntries([...documents.markdown.keys()].map((id) => [id, doc.url])),
        digest: (text) => bytesToHex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8)),
        document: (id) => documents.markdown.get(id) ?? "",
        escalations: readEscalationState().escalations,
      });
      const text = JSON.stringify(document, null, 2);
      // Never write a file that Import could not read back (limits.ts).
      const tooLarge = planFileSizeProblem(text);
      if (tooLarge)
        throw new AddOnError(
          "LIMIT",
          `${finalize ? "Finalize" : "Export"} stopped: ${tooLarge} Remove rows the plan no longer needs, then export again.`,
        );
      const versioned = finalize ? writeImmutableJson(folder, `plan-${plan.planId}-v${version}.json`, text) : null;
      if (versioned) created.push(versioned.getId());
      const main = writeJson(folder, mainName, text);
      if (main.created) created.push(main.file.getId());

      saveExportState({
        version,
        status: document.status,
        folderId: folder.folder.getId(),
        fileId: main.file.getId(),
        docId: doc.id,
        contentHash: document.contentHash,
        exportedAt: document.exportedAt,
        fileUrl: main.file.getUrl(),
        folderUrl: folder.folder.getUrl(),
      });
      writePlanField(spreadsheet, "driveFolder", folder.folder.getUrl());
      clearChangedSinceExport(spreadsheet);
      writeChecklistSheet(spreadsheet, document.activationChecklist);
      appendChangeLog(spreadsheet, [
        {
          timestamp: document.exportedAt,
          user,
          sheet: "Plan",
          rowKey: plan.planId,
          column: "Version",
          oldValue: previous ? `v${previous.version}` : null,
          newValue: `v${version} ${document.status}: ${mainName} (${document.changes.length} change${document.changes.length === 1 ? "" : "s"}, hash ${document.contentHash.slice(0, 12)})`,
          source: "export",
        },
      ]);
      return {
        fileId: main.file.getId(),
        name: mainName,
        url: main.file.getUrl(),
        version,
        status: document.status,
        contentHash: document.contentHash,
        folderUrl: folder.folder.getUrl(),
        docUrl: doc.url,
        finalCopy: versioned ? { name: versioned.getName(), url: versioned.getUrl() } : null,
        changes: document.changes,
      };
    } catch (error) {
      discard(created, folder, retryLimit);
      const message = error instanceof Error ? error.message : String(error);
      appendChangeLog(spreadsheet, [
        {
          timestamp: now.toISOString(),
          user,
          sheet: "Plan",
          rowKey: plan.planId,
          column: "Version",
          oldValue: state ? `v${state.version}` : null,
          newValue: `export failed: ${message}`,
          source: "export",
        },
      ]);
      throw error;
    }
  });
}
