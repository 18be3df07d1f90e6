import { isAddOnError } from "../domain/errors";
import { backoffDelayMs } from "../domain/plan/error-handling";
import { DEFAULT_RETRY_LIMIT } from "../domain/schema/plan-inputs";

/**
 * A Sheets, properties or cache call that can fail transiently ("Service
 * Spreadsheets failed…", "We're sorry, a server error occurred"), tried
 * 1 + retryLimit times with the backoff Drive calls use (DESIGN section 4).
 * Only for calls that may run twice: reads, and writes that set the same
 * values again. The last failure goes to the caller, whose operation turns it
 * into a message that names itself (operationFailure).
 */
export function retried<T>(
  call: () => T,
  retryLimit: number = DEFAULT_RETRY_LIMIT,
  /** Which failures a later try may not meet; by default all but the add-on's own. */
  transient: (error: unknown) => boolean = (error) => !isAddOnError(error),
): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (attempt > retryLimit || !transient(error)) throw error;
      pause(backoffDelayMs(attempt));
    }
  }
}

/** A sleep that fails is no reason to give up the retry. */
function pause(ms: number): void {
  try {
    Utilities.sleep(ms);
  } catch {
    // The next try simply comes sooner.
  }
}
