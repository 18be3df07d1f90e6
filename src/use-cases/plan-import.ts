import type { ImportResult } from "../domain/api/contract";
import { STAGE_SHEET_NAMES } from "../domain/change-log/stage-sheets";
import { AddOnError } from "../domain/errors";
import { changedSinceExportText, markChanged } from "../domain/maintenance/changed-since-export";
import { parsePlanFile } from "../domain/plan/parse-plan-file";
import type { PlanDocument } from "../domain/plan/plan-document";
import { planToSheets } from "../domain/plan/plan-to-sheets";
import { describeColumns } from "../domain/schema/columns";
import { DEFAULT_RETRY_LIMIT, PlanInputsRow } from "../domain/schema/plan-inputs";
import { SHEETS, TABLE_SHEETS } from "../domain/schema/workbook";
import { changedRowCount } from "../domain/workbook/changed-rows";
import { readDriveFile } from "../drive/read-file";
import { activeSpreadsheet } from "../sheets/active";
import { applySheet, prepareSheet } from "../sheets/apply-sheet-plan";
import { appendChangeLog } from "./steps/append-change-log";
import { commitOrRollBack } from "./steps/commit";
import { writeDocumentJson } from "../store/document-store";
import { RuleBook } from "../sheets/dropdowns";
import { seedFromWorkbook } from "../store/edit-snapshot";
import { EXPORT_STATE_KEY, type ExportState, readExportState, saveExportState } from "../store/export-state";
import { SPLIT_ADVICE, workbookSizeProblem } from "../domain/workbook/size-limits";
import { withDocumentLock } from "../platform/lock";
import { knownLogSheet, type LogSheet } from "../sheets/log-sheet";
import { CHANGED_SINCE_EXPORT_KEY, readChangeMarker } from "../store/changed-since-export";
import { datesAsText } from "../sheets/probe-sheets";
import { type PlannedSheet, planRestore } from "../sheets/restore-workbook";
import { statusAfter } from "./status";
import { Transaction } from "../platform/transaction";
import { captureProperties } from "../store/capture-properties";
import { importedApprovals, sameApprovals } from "../domain/governance/imported-approvals";
import type { ApprovalRecord } from "../domain/governance/approval-record";
import { readApprovals, writeApprovals } from "../store/approval-store";
import { allProperties } from "../store/chunked-properties";
import type { Undo } from "../platform/undo";

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
    const refreshed = statusAfter(spreadsheet, { sheets: SHEETS.map((spec) => spec.name), values: done.written });
    return { planId: done.planId, version: done.version, restored: done.restored, refreshed };
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
  const marker = tx.read(readChangeMarker);
  const content = planToSheets(plan);
  const tooLarge = workbookSizeProblem(
    Object.fromEntries(content.tables.map((table) => [table.sheet, [table.columns.map((column) => column.label), ...table.rows]])),
  );
  if (tooLarge) throw new AddOnError("LIMIT", `${NOT_IMPORTED}\n• ${tooLarge} ${SPLIT_ADVICE}`);
  const lastExported = lastExport ? { version: lastExport.version, at: lastExport.exportedAt } : null;
  /** The Plan sheet's "Changed since export" line once these sheets are marked, or null when it stays as it is. */
  const lineFor = (sheets: readonly string[]) => {
    const changed = markChanged(marker, sheets, 0, at);
    return changed.newSheet ? changedSinceExportText(changed.marker, lastExported) : null;
  };
  const planFor = (line: string | null) =>
    planRestore(tx, spreadsheet, { ...content, plan: line === null ? content.plan : { ...content.plan, changedSinceExport: line } });
  // Only stage rows the import really changes count as edits: importing the plan already there changes none.
  let planned = planFor(lineFor(STAGE_SHEET_NAMES));
  const edited = editedRows(tx, spreadsheet, planned);
  const changedSheets = STAGE_SHEET_NAMES.filter((sheet) => (edited.get(sheet) ?? 0) > 0);
  // Planned again (reads only; nothing is written yet) when fewer sheets changed and the Plan's line differs.
  if (lineFor(changedSheets) !== lineFor(STAGE_SHEET_NAMES)) planned = planFor(lineFor(changedSheets));
  if (planned.blockers.length > 0) throw new AddOnError("REFUSED_INPUT", `${NOT_IMPORTED}\n• ${planned.blockers.join("\n• ")}`);

  tx.tries = 1 + plan.errorHandling.retryLimit;
  captureProperties(tx, [EXPORT_STATE_KEY, CHANGED_SINCE_EXPORT_KEY]);
  const properties = tx.read(allProperties);
  const storedApprovals = readApprovals(properties);
  const approvals = importedApprovals(plan, storedApprovals, user);
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
  if (approvals && !sameApprovals(approvals.store, storedApprovals)) {
    const undo: Undo = [];
    // Registered before the write: a write that failed half-way is put back too.
    tx.onRollback(() => {
      for (const step of undo.reverse()) step();
    });
    writeApprovals(approvals.store, properties, undo);
  }
  const edits = [...edited.values()].reduce((sum, count) => sum + count, 0);
  if (changedSheets.length > 0) {
    const stored = markChanged(marker, changedSheets, edits, at).marker;
    tx.write(null, () => writeDocumentJson(CHANGED_SINCE_EXPORT_KEY, stored));
  }
  // Dates left as they were (typed in a cell the file does not fill) read as the calendar text getValues gives.
  const written = datesAsText(tx, spreadsheet, Object.fromEntries(planned.sheets.map((sheet) => [sheet.probe.name, sheet.after])));
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
      ...(approvals?.restored ?? []).map((record) => restoredEntry(record, at, user)),
    ],
    { log },
  );
  return { planId: plan.id, version: plan.version, restored: planned.restored, written };
}

/**
 * Data rows each stage sheet's restore changes, compared with what the sheet
 * holds now: dates as calendar text on both sides, and the Plan's own
 * "Changed since export" line left out (the import derives it from this count).
 */
const CHANGED_LINE_LABEL = describeColumns(PlanInputsRow).find((column) => column.key === "changedSinceExport")?.label;

function editedRows(tx: Transaction, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, planned: { sheets: PlannedSheet[] }) {
  const stages = new Set(STAGE_SHEET_NAMES);
  const sheets = planned.sheets.filter((sheet) => stages.has(sheet.probe.name));
  const copy = (grid: unknown[][]) => grid.filter((row) => row[0] !== CHANGED_LINE_LABEL).map((row) => [...row]);
  const grids = datesAsText(
    tx,
    spreadsheet,
    Object.fromEntries(
      sheets.flatMap((sheet) => [
        [`before:${sheet.probe.name}`, copy(sheet.probe.view.exists ? (sheet.probe.data?.values ?? []) : [])],
        [`after:${sheet.probe.name}`, copy(sheet.after)],
      ]),
    ),
  );
  return new Map(
    sheets.map((sheet) => [sheet.probe.name, changedRowCount(grids[`before:${sheet.probe.name}`], grids[`after:${sheet.probe.name}`])]),
  );
}

/** An approval the import stores again is logged, so an auditor sees it came from a plan file and who imported it. */
function restoredEntry(record: ApprovalRecord, at: string, user: string) {
  return {
    timestamp: at,
    user,
    sheet: TABLE_SHEETS.governance.name,
    rowKey: `${record.scope}: ${record.item}`,
    column: "Approved by",
    oldValue: null,
    newValue: `approval restored from the plan file: ${record.approvedBy} on ${record.approvedOn} (content hash ${record.hash.slice(0, 12)})`,
    source: "import" as const,
  };
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
