import type { ValidationReport } from "../domain/api/contract";
import { limitPerSheet, validateWorkbook, type Finding } from "../domain/validation";
import { markCells } from "../domain/validation/annotations";
import { activeSpreadsheet, activeUser } from "./active";
import { seedFromWorkbook } from "./edit-snapshot";
import { withDocumentLock } from "./lock";
import { saveLastValidation } from "./plan-state";
import { readWorkbook, type SheetRead } from "./read-workbook";
import { runEscalations } from "./run-escalations";

/** Sheets validation annotates; the Change log is the add-on's own record and is never marked. */
const UNMARKED = new Set(["Change log"]);
const FINDINGS_PER_SHEET = 200;

/**
 * Validate: one read per sheet, the pure domain pass, then at most one
 * setNotes and one setBackgrounds per sheet, only where marks change.
 * Values are never written. The run moves escalations along the ladder,
 * and the values it read refill the edit snapshot where it has gaps.
 */
export function validateActiveWorkbook(now: Date): ValidationReport {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const { raw, reads } = readWorkbook(spreadsheet);
    const result = validateWorkbook(raw, { now });
    for (const [sheet, read] of reads) {
      if (!UNMARKED.has(sheet))
        markSheet(
          read,
          result.findings.filter((f) => f.sheet === sheet),
        );
    }
    const validatedAt = now.toISOString();
    saveLastValidation({ at: validatedAt, summary: result.summary });
    const escalations = runEscalations(spreadsheet, result, now, activeUser());
    seedFromWorkbook(raw, "fill");
    const listed = limitPerSheet(result.findings, FINDINGS_PER_SHEET);
    return {
      findings: listed.shown,
      omittedFindings: listed.omitted,
      escalations,
      metrics: result.metrics,
      summary: result.summary,
      validatedAt,
    };
  });
}

function markSheet({ range, values }: SheetRead, findings: Finding[]): void {
  const marks = markCells(values[0] ?? [], range.getNotes(), range.getBackgrounds(), findings);
  if (!marks.changed) return;
  range.setNotes(marks.notes);
  range.setBackgrounds(marks.backgrounds);
}
