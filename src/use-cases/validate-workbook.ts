import type { ValidationReport } from "../domain/api/contract";
import { AddOnError, operationFailure } from "../domain/errors";
import { SPLIT_ADVICE, workbookSizeProblem } from "../domain/workbook/size-limits";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { limitPerSheet, sortFindings, summarize, validateWorkbook, type Finding } from "../domain/validation";
import { FINDINGS_PER_SHEET, sheetsToExamine } from "../domain/validation/marked-sheets";
import { markCells } from "../domain/validation/annotations";
import { SHEETS } from "../domain/schema/workbook";
import { activeSpreadsheet } from "../sheets/active";
import { activeUser } from "../platform/session";
import { readApprovals } from "../store/approval-store";
import { appendChangeLog } from "./steps/append-change-log";
import { allProperties, restoreProperty } from "../store/chunked-properties";
import { markSeeding } from "../store/edit-snapshot";
import { stageSheetTexts } from "../domain/change-log/full-read";
import { ROW_DELETED } from "../domain/change-log/row-changes";
import type { ChangeLogEntry } from "../domain/schema/change-log";
import { withDocumentLock } from "../platform/lock";
import { readMarkedSheets, saveLastValidation } from "../store/plan-state";
import { readLog, readWorkbook } from "../sheets/read-workbook";
import { commitEscalations, planEscalations } from "./run-escalations";
import { retried } from "../platform/service-retry";
import { statusAfter } from "./status";
import { quietly, undoable, type Undo } from "../platform/undo";

const LAST_VALIDATION = "lastValidation";

/**
 * Validate: one read per sheet, the pure domain pass, then at most one
 * setNotes and one setBackgrounds per sheet whose marks change, over the
 * rows from the first to the last that change.
 * Values are never written. The run moves escalations along the ladder,
 * logs the rows deleted and inserted since the edit snapshot saw them, and
 * the values it read seed the snapshot where it knows nothing.
 *
 * Everything is read and worked out before the first write. Then: the
 * last validation (with the sheets that may carry marks), the marks, the escalation state, and last the Change
 * log rows of the escalations. Each write keeps its way back, so a call
 * that fails through its retries puts back everything before it: the
 * escalation state never moves without its rows, nor the rows without it.
 */
export function validateActiveWorkbook(now: Date): ValidationReport {
  try {
    return withDocumentLock(() => {
      const spreadsheet = retried(activeSpreadsheet);
      // Not quietly: without its fence the read cannot seed the snapshot, nor find rows deleted.
      const seededAt = markSeeding();
      const { raw, reads, timeZone } = retried(() => readWorkbook(spreadsheet));
      const tooLarge = workbookSizeProblem(raw);
      if (tooLarge) throw new AddOnError("LIMIT", `Validate did not start: ${tooLarge} ${SPLIT_ADVICE}`);
      const all = allProperties();
      const result = validateWorkbook(raw, { now, timeZone, approvals: readApprovals(all).records });
      const retryLimit = result.context.workbook.plan.values.retryLimit ?? DEFAULT_RETRY_LIMIT;
      const escalations = planEscalations(result, now, retried(activeUser), all);
      const findings =
        escalations.findings.length > 0
          ? sortFindings(
              [...result.findings, ...escalations.findings],
              SHEETS.map((sheet) => sheet.name),
            )
          : result.findings;
      const summary = escalations.findings.length > 0 ? summarize(findings, result.metrics) : result.summary;
      // Only sheets with findings, or marked by an earlier run, can have marks to change: the others are not read.
      const toExamine = sheetsToExamine([...reads.keys()], findings, readMarkedSheets());
      const examined = [...reads].filter(([sheet]) => toExamine.has(sheet));
      const marks = examined
        .map(([sheet, { range, values }]) => {
          const notes = retried(() => range.getNotes(), retryLimit);
          const backgrounds = retried(() => range.getBackgrounds(), retryLimit);
          const sheetFindings = findings.filter((f: Finding) => f.sheet === sheet);
          return { sheet, range, notes, backgrounds, marks: markCells(values[0] ?? [], notes, backgrounds, sheetFindings) };
        })
        .filter((sheet) => sheet.marks.blocks.length > 0);
      // Recorded before the marks are written: a run stopped half way leaves every sheet it was clearing on the list.
      const markedAfter = [...new Set([...findings.map((f) => f.sheet), ...marks.map((entry) => entry.sheet)])].filter((sheet) =>
        reads.has(sheet),
      );
      const validatedAt = now.toISOString();

      const undo: Undo = [];
      let found: ChangeLogEntry[] = [];
      try {
        const before = all[LAST_VALIDATION];
        undoable(
          undo,
          () => saveLastValidation({ at: validatedAt, summary }, markedAfter),
          () => restoreProperty(LAST_VALIDATION, before),
          retryLimit,
        );
        for (const { range, notes, backgrounds, marks: next } of marks) {
          // Only the blocks where cells change are written: a cell's worth of work costs that, not the sheet's.
          for (const block of next.blocks) {
            const cut = <T>(grid: T[][]) =>
              grid.slice(block.row, block.row + block.numRows).map((row) => row.slice(block.column, block.column + block.numColumns));
            // Row 0 is the header, never marked: a block is always a part of the range.
            const target = retried(() => range.offset(block.row, block.column, block.numRows, block.numColumns), retryLimit);
            undoable(
              undo,
              () => target.setNotes(cut(next.notes)),
              () => target.setNotes(cut(notes)),
              retryLimit,
            );
            undoable(
              undo,
              () => target.setBackgrounds(cut(next.backgrounds)),
              () => target.setBackgrounds(cut(backgrounds)),
              retryLimit,
            );
          }
        }
        commitEscalations(escalations, all, undo);
        // The log only grows: written last, it needs no way back.
        found = appendChangeLog(spreadsheet, escalations.entries, {
          log: readLog(reads),
          all,
          fullRead: { sheets: stageSheetTexts(raw), at: seededAt, timestamp: validatedAt },
        }).found;
      } catch (error) {
        undo.reverse().forEach((step) => quietly(step));
        throw error;
      }
      const listed = limitPerSheet(findings, FINDINGS_PER_SHEET);
      return {
        findings: listed.shown,
        omittedFindings: listed.omitted,
        escalations: escalations.report,
        metrics: result.metrics,
        summary,
        validatedAt,
        rowsLogged: found.map((entry) => ({ sheet: entry.sheet ?? "", rowKey: entry.rowKey ?? "", deleted: entry.column === ROW_DELETED })),
        // Validate writes marks and log rows, never values: the sheets hold what was read.
        refreshed: statusAfter(spreadsheet, { sheets: [...reads.keys()], values: raw }),
      };
    });
  } catch (error) {
    throw operationFailure("Validate", error);
  }
}
