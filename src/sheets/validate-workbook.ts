import type { ValidationReport } from "../domain/api/contract";
import { operationFailure } from "../domain/errors";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { limitPerSheet, sortFindings, summarize, validateWorkbook, type Finding } from "../domain/validation";
import { markCells } from "../domain/validation/annotations";
import { SHEETS } from "../domain/schema/workbook";
import { activeSpreadsheet, activeUser } from "./active";
import { readApprovals } from "./approval-store";
import { appendChangeLog } from "./change-log";
import { allProperties, restoreProperty } from "./chunked-properties";
import { markSeeding, seedFromWorkbook } from "./edit-snapshot";
import { withDocumentLock } from "./lock";
import { saveLastValidation } from "./plan-state";
import { readWorkbook } from "./read-workbook";
import { commitEscalations, planEscalations } from "./run-escalations";
import { retried } from "./service-retry";
import { quietly, undoable, type Undo } from "./undo";

/** Sheets validation annotates; the Change log is the add-on's own record and is never marked. */
const UNMARKED = new Set(["Change log"]);
const FINDINGS_PER_SHEET = 200;
const LAST_VALIDATION = "lastValidation";

/**
 * Validate: one read per sheet, the pure domain pass, then at most one
 * setNotes and one setBackgrounds per sheet, only where marks change.
 * Values are never written. The run moves escalations along the ladder,
 * and the values it read seed the edit snapshot where it knows nothing.
 *
 * Everything is read and worked out before the first write. Then: the
 * marks, the last validation, the escalation state, and last the Change
 * log rows of the escalations. Each write keeps its way back, so a call
 * that fails through its retries puts back everything before it: the
 * escalation state never moves without its rows, nor the rows without it.
 */
export function validateActiveWorkbook(now: Date): ValidationReport {
  try {
    return withDocumentLock(() => {
      const spreadsheet = retried(activeSpreadsheet);
      const seededAt = quietly(markSeeding);
      const { raw, reads, timeZone } = retried(() => readWorkbook(spreadsheet));
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
      const marks = [...reads]
        .filter(([sheet]) => !UNMARKED.has(sheet))
        .map(([sheet, { range, values }]) => {
          const notes = retried(() => range.getNotes(), retryLimit);
          const backgrounds = retried(() => range.getBackgrounds(), retryLimit);
          const sheetFindings = findings.filter((f: Finding) => f.sheet === sheet);
          return { range, notes, backgrounds, marks: markCells(values[0] ?? [], notes, backgrounds, sheetFindings) };
        })
        .filter((sheet) => sheet.marks.changed);
      const validatedAt = now.toISOString();

      const undo: Undo = [];
      try {
        for (const { range, notes, backgrounds, marks: next } of marks) {
          undoable(
            undo,
            () => range.setNotes(next.notes),
            () => range.setNotes(notes),
            retryLimit,
          );
          undoable(
            undo,
            () => range.setBackgrounds(next.backgrounds),
            () => range.setBackgrounds(backgrounds),
            retryLimit,
          );
        }
        const before = all[LAST_VALIDATION];
        undoable(
          undo,
          () => saveLastValidation({ at: validatedAt, summary }),
          () => restoreProperty(LAST_VALIDATION, before),
          retryLimit,
        );
        commitEscalations(escalations, all, undo);
        // The log only grows: written last, it needs no way back.
        appendChangeLog(spreadsheet, escalations.entries);
      } catch (error) {
        undo.reverse().forEach((step) => quietly(step));
        throw error;
      }
      if (seededAt !== null) quietly(() => seedFromWorkbook(raw, "fill", seededAt));
      const listed = limitPerSheet(findings, FINDINGS_PER_SHEET);
      return {
        findings: listed.shown,
        omittedFindings: listed.omitted,
        escalations: escalations.report,
        metrics: result.metrics,
        summary,
        validatedAt,
      };
    });
  } catch (error) {
    throw operationFailure("Validate", error);
  }
}
