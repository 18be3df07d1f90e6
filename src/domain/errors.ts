/**
 * Errors a person sees. Each carries a stable code that callers branch on
 * (never the message text, as clasp's errors carry theirs), and a message
 * that names the operation and says what to do.
 */
export const ERROR_CODES = [
  /** Another execution held the document lock for too long. */
  "LOCK_BUSY",
  /** A Google service (Sheets, Drive, properties …) kept failing past its retries. */
  "SERVICE_UNAVAILABLE",
  /** A Drive folder or file the plan relies on is gone, trashed or out of reach. */
  "DRIVE_MISSING",
  /** The workbook has no plan yet, or a sheet the operation needs. */
  "NOT_SET_UP",
  /** The input (API arguments, an imported file) was refused; nothing was changed. */
  "REFUSED_INPUT",
  /** A rule of the plan stops the operation (Finalize blockers, approvals). */
  "BLOCKED",
  /** A limit of Apps Script (time, size, quota) was reached. */
  "LIMIT",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a person can run; failure messages start with it. */
export type OperationName =
  | "Set up sheets"
  | "Validate"
  | "Export"
  | "Finalize"
  | "Import"
  | "Change log"
  | "Escalations"
  | "Reminders"
  | "Check set-up"
  | "Audience preview"
  | "Where used"
  | "Open sheet"
  | "Select cell"
  | "Status"
  | "Profile SQL"
  | "Estimate on warehouse"
  | "Approvals"
  | "Approve"
  | "Remove empty sheet";

export class AddOnError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Set when the message already names the operation that failed, so no caller names it again. */
    readonly operation?: OperationName,
  ) {
    super(message);
    this.name = "AddOnError";
  }
}

export const isAddOnError = (error: unknown): error is AddOnError => error instanceof AddOnError;

/** The code of an error the add-on raised, or null for anything else (a raw service failure, a bug). */
export const errorCode = (error: unknown): ErrorCode | null => (isAddOnError(error) ? error.code : null);

/**
 * An error the operation could not recover from, in words a person can act
 * on: the add-on's own errors keep their message (a plain `Error` is the
 * add-on's too, refusing an input); anything else becomes "<operation> did
 * not finish …", never Apps Script's raw text. Apps Script raises service
 * failures as errors named "Exception"; a TypeError or RangeError is a bug
 * whose text means nothing to a person either.
 */
export function operationFailure(operation: OperationName, error: unknown): AddOnError {
  // A service that kept failing past its retries: the operation says what it means for the person.
  if (isAddOnError(error) && error.code === "SERVICE_UNAVAILABLE" && !error.operation && !error.message.startsWith(operation)) {
    return new AddOnError(
      error.code,
      `${operation} did not finish: ${error.message} Nothing was changed; try again in a few minutes.`,
      operation,
    );
  }
  if (isAddOnError(error)) return error;
  if (error instanceof Error && error.name === "Error") return new AddOnError("REFUSED_INPUT", error.message);
  return new AddOnError(
    "SERVICE_UNAVAILABLE",
    `${operation} did not finish: a Google service did not respond. Nothing was changed; try again in a few minutes.`,
  );
}
