import { AddOnError } from "../domain/errors";
import { backoffDelayMs } from "../domain/plan/error-handling";

export interface RetryOptions {
  /** An answer that will not change on a retry (e.g. "File not found") goes to the caller at once, as it came. */
  final?: (error: unknown) => boolean;
  /** Named in the failure; default "Google Drive". */
  service?: string;
}

/**
 * Service calls fail transiently ("Service unavailable", rate limits): each
 * is tried 1 + retryLimit times, waiting 1 s, 2 s, 4 s … in between
 * (DESIGN section 4), then reported as a ServiceFailure, whatever the
 * service said: its code is what callers branch on, and the operation turns
 * it into words for the person (operationFailure). Only idempotent calls
 * (reads, writes of the same content) go through here.
 */
export function withRetry<T>(what: string, retryLimit: number, call: () => T, options: RetryOptions = {}): T {
  const tries = 1 + retryLimit;
  for (let attempt = 1; ; attempt++) {
    try {
      return call();
    } catch (error) {
      if (options.final?.(error)) throw error;
      if (attempt >= tries)
        throw new ServiceFailure(`${options.service ?? "Google Drive"} did not respond to "${what}" after ${tries} tries.`);
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

/** A call that kept failing past its retries. */
export class ServiceFailure extends AddOnError {
  constructor(message: string) {
    super("SERVICE_UNAVAILABLE", message);
  }
}
