import { isAddOnError } from "../domain/errors";
import { backoffDelayMs } from "../domain/plan/error-handling";

/**
 * Sheets, properties and cache calls fail transiently as Drive calls do
 * (DESIGN section 4): each call here is tried `tries` times, waiting 1 s,
 * 2 s … in between; the last failure is thrown as it came. The add-on's own
 * errors are not retried: they say something a retry cannot change. Every
 * call wrapped here must be safe to repeat.
 */
export function withRetries<T>(tries: number, call: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (attempt >= tries || isAddOnError(error)) throw error;
      pause(attempt);
    }
  }
}

function pause(attempt: number): void {
  try {
    Utilities.sleep(backoffDelayMs(attempt));
  } catch {
    // A pause that fails only makes the next try come sooner.
  }
}
