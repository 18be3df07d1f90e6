import type { ValidationReport } from "../domain/api/contract";
import { validateWorkbook, type Finding } from "../domain/validation";
import { markCells } from "../domain/validation/annotations";
import { activeSpreadsheet } from "./active";
import { withDocumentLock } from "./lock";
import { saveLastValidation } from "./plan-state";
import { readWorkbook, type SheetRead } from "./read-workbook";

/** Sheets validation annotates; the Change log is the add-on's own record and is never marked. */
const UNMARKED = new Set(["Change log"]);

/**
 * Validate: one read per sheet, the pure domain pass, then at most one
 * setNotes and one setBackgrounds per sheet, only where marks change.
 * Values are never written.
 */
export function validateActiveWorkbook(now: Date): ValidationReport {
  return withDocumentLock(() => {
    const { raw, reads } = readWorkbook(activeSpreadsheet());
    const result = validateWorkbook(raw, { now });
    for (const [sheet, read] of reads) {
      if (!UNMARKED.has(sheet)) markSheet(read, result.findings.filter((f) => f.sheet === sheet));
    }
    const validatedAt = now.toISOString();
    saveLastValidation({ at: validatedAt, summary: result.summary });
    return { findings: result.findings, escalations: [], metrics: result.metrics, summary: result.summary, validatedAt };
  });
}

function markSheet({ range, values }: SheetRead, findings: Finding[]): void {
  const marks = markCells(values[0] ?? [], range.getNotes(), range.getBackgrounds(), findings);
  if (!marks.changed) return;
  range.setNotes(marks.notes);
  range.setBackgrounds(marks.backgrounds);
}
