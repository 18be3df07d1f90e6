import { AddOnError } from "../domain/errors";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";
import { removalRefusal } from "../domain/workbook/default-sheet";
import { withDocumentLock } from "../platform/lock";
import { Transaction } from "../platform/transaction";
import { activeSpreadsheet } from "../sheets/active";
import { deleteSheet, readSheetContent } from "../sheets/default-sheet";
import { listSheets } from "../sheets/probe-sheets";

/**
 * Removes the empty default sheet Set up sheets offered. The offer may be
 * stale (someone typed into the sheet since), so under the document lock it
 * is read again, and anything in it refuses the removal: the delete is the
 * one write, so a refusal or a failure changes nothing. Not logged in the
 * Change log: the sheet is no part of the plan.
 */
export function removeEmptySheet(name: string): { removed: string } {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const tx = new Transaction(1 + DEFAULT_RETRY_LIMIT);
    const listed = listSheets(tx, spreadsheet);
    // Matched exactly: a sheet renamed, even only in case, is the person's own.
    const entry = [...listed.values()].find((sheet) => sheet.name === name) ?? null;
    const refusal = removalRefusal(name, entry && readSheetContent(tx, entry.sheet), listed.size);
    if (refusal) throw new AddOnError("REFUSED_INPUT", refusal, "Remove empty sheet");
    deleteSheet(tx, spreadsheet, entry!);
    return { removed: name };
  });
}
