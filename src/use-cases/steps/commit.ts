import { AddOnError, type ErrorCode, type OperationName, operationFailure } from "../../domain/errors";
import type { ChangeLogEntry } from "../../domain/schema/change-log";
import { appendChangeLog } from "./append-change-log";
import type { Transaction } from "../../platform/transaction";

/**
 * Runs an operation as one: when any call fails past its retries,
 * everything written is rolled back, the failure is logged in the Change
 * log (in the words the user reads), and the error names the operation,
 * never Apps Script's raw text. A refused input changed nothing and is not
 * a failure: it is not logged.
 */
const REFUSALS = new Set<ErrorCode>(["REFUSED_INPUT", "DRIVE_MISSING", "LOCK_BUSY", "NOT_SET_UP", "BLOCKED"]);

export function commitOrRollBack<T>(
  tx: Transaction,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  operation: OperationName,
  work: () => T,
  failureEntry: (message: string) => ChangeLogEntry,
): T {
  try {
    return work();
  } catch (error) {
    const restored = tx.rollback();
    const failure = restored
      ? operationFailure(operation, error)
      : new AddOnError(
          "SERVICE_UNAVAILABLE",
          `${operation} did not finish: a Google service kept failing, even while the add-on put the sheets back, so some may be half written. Run ${operation} again in a few minutes.`,
        );
    if (!REFUSALS.has(failure.code)) {
      try {
        appendChangeLog(spreadsheet, [failureEntry(failure.message)]);
      } catch {
        // The log is best effort here: the user still reads why the operation stopped.
      }
    }
    throw failure;
  }
}
