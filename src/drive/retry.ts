import { AddOnError } from "../domain/errors";
import { backoffDelayMs } from "../domain/plan/error-handling";

/**
 * Drive calls fail transiently ("Service unavailable", rate limits): each is
 * tried 1 + retryLimit times, waiting 1 s, 2 s, 4 s … in between, then the
 * last failure is reported in words a person can act on.
 */
export function withRetry<T>(what: string, retryLimit: number, call: () => T): T {
  const tries = 1 + retryLimit;
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (attempt >= tries) {
        const reason = error instanceof Error ? error.message.replace(/^Exception: /, "") : String(error);
        throw new DriveFailure(
          `Google Drive did not respond to "${what}" after ${tries} tries (${reason}). Nothing was exported; try again in a few minutes.`,
        );
      }
      Utilities.sleep(backoffDelayMs(attempt));
    }
  }
}

/** A Drive failure that survived its retries: the export is abandoned and the failure logged. */
export class DriveFailure extends AddOnError {
  constructor(message: string) {
    super("SERVICE_UNAVAILABLE", message);
  }
}
