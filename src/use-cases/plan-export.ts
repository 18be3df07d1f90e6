import { readWarehouseEstimate } from "../store/warehouse-estimate-store";
import type { ExportResult } from "../domain/api/contract";
import { AddOnError, type OperationName, operationFailure } from "../domain/errors";
import { buildPlan } from "../domain/plan/build-plan";
import { dependencyGraph } from "../domain/plan/dependency-graph";
import { profileDocuments } from "../domain/plan/documents";
import { finalizeBlockers } from "../domain/plan/finalize-gate";
import { planFileSizeProblem } from "../domain/plan/limits";
import { parsePlanFile } from "../domain/plan/parse-plan-file";
import { buildId } from "../platform/build-id";
import type { PlanDocument } from "../domain/plan/plan-document";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { UndoList } from "../domain/undo-list";
import { SPLIT_ADVICE, workbookSizeProblem } from "../domain/workbook/size-limits";
import { validateWorkbook } from "../domain/validation";
import { createFile, createFolder, type DriveItem, exportHtml, readText, removeItem, replaceContent } from "../drive/drive-files";
import { locatePlanPlace } from "../drive/plan-folder";
import { finalCopyName, nextVersion } from "../drive/plan-versions";
import { withRetry } from "../drive/retry";
import { activeSpreadsheet } from "../sheets/active";
import { readApprovals } from "../store/approval-store";
import { appendChangeLog } from "./steps/append-change-log";
import { allProperties } from "../store/chunked-properties";
import { CHECKLIST_SHEETS, checklistUpToDate, writeChecklistSheet } from "../sheets/checklist-sheet";
import { snapshotDocumentProperties } from "../store/document-store";
import { readEscalationState } from "../store/escalation-store";
import { DOCUMENT_FINGERPRINTS_KEY, documentFingerprintsProperty, readDocumentReuse } from "../store/document-fingerprints";
import { EXPORT_STATE_KEY, readExportState, saveExportState } from "../store/export-state";
import { withDocumentLock } from "../platform/lock";
import { sha256Hex } from "../platform/utilities";
import { logPlanFailure } from "./steps/log-failure";
import { clearChangedSinceExport } from "./steps/changed-since-export";
import { CHANGED_SINCE_EXPORT_KEY } from "../store/changed-since-export";
import { planFieldsOf } from "../sheets/plan-sheet";
import { readLog, readWorkbook } from "../sheets/read-workbook";
import { snapshotSheets } from "../sheets/sheet-snapshot";
import { statusAfter } from "./status";

const JSON_TYPE = "application/json";
const GOOGLE_DOC = "application/vnd.google-apps.document";
const SHEETS = { service: "Google Sheets" };
const PROPERTIES = { service: "The document's properties" };

/**
 * Export plan, all or nothing (DESIGN section 9), in three phases:
 * 1. read everything, each read retried: the workbook, the export state, the
 *    folder and its files by ID, the last plan file and the Doc's HTML, and
 *    what the Plan sheet, the checklist and the properties hold now;
 * 2. stage: the folder and the Doc when they are new, the Plan sheet's Drive
 *    folder and the checklist, then the immutable -v<N> copy;
 * 3. switch: the Doc and plan-<Plan ID>.json in place, then the export state,
 *    saved once; the Change log row last.
 * Every write records its undo first. When a step fails past its retries the
 * steps before it are taken back, newest first, and only the Change log gains
 * a row. Under a Drive outage the worst left behind is an unlisted -v<N>
 * copy, whose version the next export skips; the last good plan file is
 * switched only once everything it links to exists.
 */
export function exportPlan(finalize: boolean, now: Date, user: string): ExportResult {
  const settled: { done?: ExportResult; failed?: { error: unknown } } = {};
  try {
    return withDocumentLock(() => {
      try {
        settled.done = exportUnderLock(finalize, now, user);
        return settled.done;
      } catch (error) {
        settled.failed = { error };
        throw error;
      }
    });
  } catch (error) {
    // Only the lock's closing flush failed: a finished export stands (Apps Script applies pending
    // writes when the execution ends), and a failed one keeps its own message.
    if (settled.done) return settled.done;
    throw settled.failed ? settled.failed.error : error;
  }
}

function exportUnderLock(finalize: boolean, now: Date, user: string): ExportResult {
  const operation: OperationName = finalize ? "Finalize" : "Export";
  const spreadsheet = activeSpreadsheet();
  const { raw, reads, timeZone } = withRetry("read the workbook", DEFAULT_RETRY_LIMIT, () => readWorkbook(spreadsheet), SHEETS);
  const tooLarge = workbookSizeProblem(raw);
  if (tooLarge) throw new AddOnError("LIMIT", `${finalize ? "Finalize" : "Export"} did not start: ${tooLarge} ${SPLIT_ADVICE}`);
  const approvals = withRetry("read the approvals", DEFAULT_RETRY_LIMIT, () => readApprovals(allProperties()).records, PROPERTIES);
  // The spreadsheet's time zone, as Validate uses: otherwise a review is overdue on a different day in the plan file than in the sidebar.
  const result = validateWorkbook(raw, { now, timeZone, approvals });
  const plan = result.context.workbook.plan.values;
  const planId = plan.planId;
  if (!planId) throw new AddOnError("NOT_SET_UP", "The Plan sheet has no Plan ID yet. Run Set up sheets first, then export.");
  if (finalize) {
    const graph = dependencyGraph(result.context, result.findings, plan.pattern ?? "diamond");
    const blockers = finalizeBlockers(result.findings, graph, result.context.workbook.governance.rows, result.approvals);
    if (blockers.length > 0) throw new AddOnError("BLOCKED", `Finalize is blocked; nothing was exported:\n• ${blockers.join("\n• ")}`);
  }
  const retryLimit = plan.retryLimit ?? DEFAULT_RETRY_LIMIT;
  const state = withRetry("read the export state", retryLimit, readExportState, PROPERTIES);
  const mainName = `plan-${planId}.json`;
  const docName = `Profiles – ${planId}`;
  const undo = new UndoList();
  // Set once the new export state may be stored; the Drive items it names are then never removed (see keepIfRecorded).
  const recorded = { now: false };
  const keepIfRecorded = (remove: () => void) => () => {
    if (recorded.now) throw new Error("kept: the export state names it");
    remove();
  };
  try {
    // 1. Read.
    const place = locatePlanPlace(state, Boolean(state?.folderId) && !plan.driveFolder, mainName, retryLimit);
    const previousText = place.main ? readText(place.main.id, mainName, retryLimit) : null;
    // Unchanged since this same build wrote it (Drive's md5 is the one recorded): read back without the schema check.
    const build = buildId();
    const written = build !== null && state?.writtenBy === build && Boolean(state?.fileMd5) && place.main?.md5 === state?.fileMd5;
    const previousRead = previousText === null ? null : parsePlanFile(previousText, written);
    const previous: PlanDocument | null = previousRead?.ok ? previousRead.plan : null;
    // Only profiles whose inputs changed since the last export are rendered (documents.ts).
    const reuse = withRetry("read the export state", retryLimit, () => readDocumentReuse(previous), PROPERTIES);
    const documents = profileDocuments(result.context, `Profiles of ${plan.initiative ?? planId} (${planId})`, reuse);
    const docHash = sha256Hex(documents.inputs);
    // The Doc is rewritten (and its old HTML kept for the undo) only when what it is made from changed; only then is its HTML rendered.
    const docCurrent = Boolean(place.doc) && state?.docHash === docHash;
    const html = docCurrent ? null : { text: documents.html(), type: "text/html" };
    const previousHtml = place.doc && !docCurrent ? exportHtml(place.doc.id, docName, retryLimit) : null;
    const version = nextVersion(planId, { state: state?.version ?? null, lastFile: previous?.version ?? null }, place.children);
    // The Plan sheet as read above: its two fields are written and put back without reading it again.
    const planRead = reads.get("Plan");
    const planFields = planRead ? planFieldsOf(planRead.sheet, planRead.values) : null;
    const propertiesBefore = withRetry(
      "read the export state",
      retryLimit,
      () => snapshotDocumentProperties([EXPORT_STATE_KEY, CHANGED_SINCE_EXPORT_KEY, DOCUMENT_FINGERPRINTS_KEY]),
      PROPERTIES,
    );
    const escalations = withRetry("read the escalations", retryLimit, () => readEscalationState().escalations, PROPERTIES);
    const audienceEstimate = withRetry("read the warehouse estimate", retryLimit, readWarehouseEstimate, PROPERTIES);

    // 2. Stage: nothing the last export's plan file links to changes yet.
    const folder = place.folder ?? createFolder(`Personalization Profiles – ${planId}`, retryLimit);
    if (!place.folder)
      undo.push(
        "the new plan folder",
        keepIfRecorded(() => removeItem(folder.id, retryLimit)),
      );
    const doc = place.doc ?? createFile(folder.id, docName, GOOGLE_DOC, html ?? { text: documents.html(), type: "text/html" }, retryLimit);
    if (!place.doc)
      undo.push(
        docName,
        keepIfRecorded(() => removeItem(doc.id, retryLimit)),
      );
    const docUrl = `https://docs.google.com/document/d/${doc.id}/edit`;

    const document = buildPlan(result, {
      version,
      status: finalize ? "final" : "draft",
      exportedAt: now.toISOString(),
      exportedBy: user,
      previous,
      docUrls: Object.fromEntries([...documents.markdown.keys()].map((id) => [id, docUrl])),
      digest: sha256Hex,
      document: (id) => documents.markdown.get(id) ?? "",
      escalations,
      audienceEstimate,
    });
    const readable = JSON.stringify(document, null, 2);
    // A plan too large to write indented is written compact, a fifth smaller (limits.ts); never one Import could not read back.
    const indentedTooLarge = planFileSizeProblem(readable) !== null;
    const text = indentedTooLarge ? JSON.stringify(document) : readable;
    const tooLarge = indentedTooLarge ? planFileSizeProblem(text) : null;
    if (tooLarge)
      throw new AddOnError("LIMIT", `${operation} stopped: ${tooLarge} Remove rows the plan no longer needs, then export again.`);

    // A checklist that already reads as this export's needs no snapshot and no rewrite.
    const checklist = document.activationChecklist;
    const checklistBefore = withRetry("read the Activation checklist", retryLimit, () =>
      checklistUpToDate(spreadsheet, checklist) ? null : snapshotSheets(spreadsheet, CHECKLIST_SHEETS),
    );
    undo.push("the Plan sheet and the checklist", () =>
      withRetry(
        "put the sheets back",
        retryLimit,
        () => {
          planFields?.restore();
          checklistBefore?.restore();
        },
        SHEETS,
      ),
    );
    withRetry("write the Plan sheet", retryLimit, () => planFields?.write("driveFolder", folder.url), SHEETS);
    if (checklistBefore) withRetry("write the Activation checklist", retryLimit, () => writeChecklistSheet(spreadsheet, checklist), SHEETS);

    // The immutable copy comes last of the new files, and before the switch.
    const finalName = finalCopyName(planId, version);
    const versioned = finalize ? createFile(folder.id, finalName, JSON_TYPE, { text, type: JSON_TYPE }, retryLimit) : null;
    if (versioned)
      undo.push(
        finalName,
        keepIfRecorded(() => removeItem(versioned.id, retryLimit)),
      );

    // 3. Switch.
    if (place.doc && html) replaceKeepingPrevious(place.doc, docName, html, previousHtml ?? "", undo, retryLimit);
    const main = place.main
      ? replaceKeepingPrevious(place.main, mainName, { text, type: JSON_TYPE }, previousText ?? "", undo, retryLimit)
      : createFile(folder.id, mainName, JSON_TYPE, { text, type: JSON_TYPE }, retryLimit);
    if (!place.main)
      undo.push(
        mainName,
        keepIfRecorded(() => removeItem(main.id, retryLimit)),
      );

    undo.push("the export state", () => {
      withRetry("put the export state back", retryLimit, propertiesBefore, PROPERTIES);
      recorded.now = false;
    });
    recorded.now = true;
    const finalCopies = [...(state?.finalCopies ?? []), ...(versioned ? [{ version, fileId: versioned.id }] : [])];
    const saved = {
      version,
      status: document.status,
      folderId: folder.id,
      fileId: main.id,
      docId: doc.id,
      docHash,
      contentHash: document.contentHash,
      exportedAt: document.exportedAt,
      fileUrl: main.url,
      folderUrl: folder.url,
      finalCopies,
      ...(main.md5 ? { fileMd5: main.md5, writtenBy: build ?? undefined } : {}),
    };
    const fingerprints = documentFingerprintsProperty(document, documents.fingerprints);
    withRetry("save the export state", retryLimit, () => saveExportState(saved, fingerprints), PROPERTIES);
    // After the state: the Plan line names the version just exported.
    withRetry("clear Changed since export", retryLimit, () => clearChangedSinceExport(spreadsheet, planFields ?? undefined), SHEETS);
    const changes = document.changes.length;
    appendChangeLog(
      spreadsheet,
      [
        {
          timestamp: document.exportedAt,
          user,
          sheet: "Plan",
          rowKey: planId,
          column: "Version",
          oldValue: previous ? `v${previous.version}` : null,
          newValue: `v${version} ${document.status}: ${mainName} (${changes} change${changes === 1 ? "" : "s"}, hash ${document.contentHash.slice(0, 12)})`,
          source: "export",
        },
      ],
      { log: readLog(reads) },
    );
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
      // The stage sheets hold what was read: the export wrote only the Plan's folder line and the checklist.
      refreshed: statusAfter(spreadsheet, { sheets: [...reads.keys()], values: raw }),
    };
  } catch (error) {
    const failure = failureOf(operation, error, undo.rollBack());
    logPlanFailure(
      spreadsheet,
      {
        planId,
        oldValue: state ? `v${state.version}` : null,
        newValue: `${operation.toLowerCase()} failed: ${failure.message}`,
        source: "export",
      },
      now,
      user,
    );
    throw failure;
  }
}

/** Replaces a file's content in place (same ID, same link); the undo writes the previous content back. */
function replaceKeepingPrevious(
  file: DriveItem,
  name: string,
  content: { text: string; type: string },
  previous: string,
  undo: UndoList,
  retryLimit: number,
): DriveItem {
  undo.push(name, () => replaceContent(file.id, name, { text: previous, type: content.type }, retryLimit));
  return replaceContent(file.id, name, content, retryLimit);
}

/**
 * What the person is told: the operation and why (operationFailure), and,
 * if some step could not be taken back either, which, and that running the
 * operation again replaces them.
 */
function failureOf(operation: OperationName, error: unknown, notUndone: readonly string[]): AddOnError {
  const failure = operationFailure(operation, error);
  if (notUndone.length === 0) return failure;
  const reason = failure.code === "SERVICE_UNAVAILABLE" && error instanceof AddOnError ? error.message : failure.message;
  return new AddOnError(
    failure.code,
    `${operation} did not finish: ${reason} Google did not respond while it put things back either, so these are left as the failed run wrote them: ${notUndone.join(", ")}. Run ${operation} again in a few minutes; it replaces them.`,
    operation,
  );
}
