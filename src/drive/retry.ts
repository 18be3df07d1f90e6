import { AddOnError } from "../domain/errors";
import { backoffDelayMs } from "../domain/plan/error-handling";

/**
 * Drive calls fail transiently ("Service unavailable", rate limits): each is
 * tried 1 + retryLimit times, waiting 1 s, 2 s, 4 s … in between, then
 * reported as a DriveFailure whose operation says what it means for the user
 * (operationFailure). An answer that will not change on a retry (`final`,
 * e.g. "File not found") goes to the caller at once, as it came.
 */
export function withRetry<T>(what: string, retryLimit: number, call: () => T, final?: (error: unknown) => boolean): T {
  const tries = 1 + retryLimit;
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (final?.(error)) throw error;
      if (attempt >= tries) throw new DriveFailure(`Google Drive did not respond to "${what}" after ${tries} tries.`);
      pause(backoffDelayMs(attempt));
    }
  }
}

/** A sleep that fails is no reason to give up the retry: the next try simply comes sooner. */
function pause(ms: number): void {
  try {
    Utilities.sleep(ms);
  } catch {
    // Nothing to undo.
  }
}

/** A Drive call that kept failing past its retries. */
export class DriveFailure extends AddOnError {
  constructor(message: string) {
    super("SERVICE_UNAVAILABLE", message);
  }
}
