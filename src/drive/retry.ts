import { AddOnError } from "../domain/errors";
import { retried } from "../platform/service-retry";

export interface RetryOptions {
  /** An answer that will not change on a retry (e.g. "File not found") goes to the caller at once, as it came. */
  final?: (error: unknown) => boolean;
  /** Named in the failure; default "Google Drive". */
  service?: string;
}

/**
 * Drive's calls go through the one retry loop (`retried`: 1 + retryLimit
 * tries, 1 s, 2 s, 4 s … between them, DESIGN section 4), then are reported
 * as a ServiceFailure, whatever the service said: its code is what callers
 * branch on, and the operation turns it into words for the person
 * (operationFailure). Only idempotent calls (reads, writes of the same
 * content) go through here.
 */
export function withRetry<T>(what: string, retryLimit: number, call: () => T, options: RetryOptions = {}): T {
  const final = options.final ?? (() => false);
  try {
    return retried(call, retryLimit, (error) => !final(error));
  } catch (error) {
    if (final(error)) throw error;
    throw new ServiceFailure(`${options.service ?? "Google Drive"} did not respond to "${what}" after ${1 + retryLimit} tries.`);
  }
}

/** A call that kept failing past its retries. */
export class ServiceFailure extends AddOnError {
  constructor(message: string) {
    super("SERVICE_UNAVAILABLE", message);
  }
}
