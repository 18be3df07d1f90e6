import type { ValidationReport } from "../domain/api/contract";
import { AddOnError, operationFailure } from "../domain/errors";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { limitPerSheet, sortFindings, summarize, validateWorkbook, type Finding } from "../domain/validation";
import { markCells } from "../domain/validation/annotations";
import { SHEETS } from "../domain/schema/workbook";
import { activeSpreadsheet, activeUser } from "./active";
import { appendChangeLog } from "./change-log";
import { allProperties, restoreProperty } from "./chunked-properties";
import { markSeeding, seedFromWorkbook } from "./edit-snapshot";
import { LockBusyError, withDocumentLock } from "./lock";
import { saveLastValidation } from "./plan-state";
import { readWorkbook } from "./read-workbook";
import { commitEscalations, escalationRowsId, planEscalations, rowsFitParked } from "./run-escalations";
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
 * marks, the last validation, and the escalation state with its Change log
 * rows in one call (the commit); a failure before the commit puts back what
 * was written. After the commit the run has happened: the rows reach the
 * log now or with the next change.
 */
export function validateActiveWorkbook(now: Date): ValidationReport {
  let committed = false;
  try {
    return withDocumentLock(() => {
      const spreadsheet = retried(activeSpreadsheet);
      const seededAt = quietly(markSeeding);
      const { raw, reads } = retried(() => readWorkbook(spreadsheet));
      const result = validateWorkbook(raw, { now });
      const retryLimit = result.context.workbook.plan.values.retryLimit ?? DEFAULT_RETRY_LIMIT;
      const all = allProperties();
      const escalations = planEscalations(result, now, retried(activeUser), all);
      const findings = escalations.finding
        ? sortFindings(
            [...result.findings, escalations.finding],
            SHEETS.map((sheet) => sheet.name),
          )
        : result.findings;
      const summary = escalations.finding ? summarize(findings, result.metrics) : result.summary;
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
        const parkRows = rowsFitParked(escalations, validatedAt);
        if (!parkRows) appendChangeLog(spreadsheet, escalations.entries);
        committed = commitEscalations(escalations, validatedAt, parkRows);
      } catch (error) {
        undo.reverse().forEach((step) => quietly(step));
        throw error;
      }
      appendChangeLog(spreadsheet, [], { fresh: escalationRowsId(validatedAt) });
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
    if (error instanceof LockBusyError) throw error;
    if (committed)
      throw new AddOnError(
        "SERVICE_UNAVAILABLE",
        "Validate finished, but a Google service did not respond while it wrote to the Change log: its rows will appear there with the next change.",
      );
    throw operationFailure("Validate", error);
  }
}
