import { AddOnError } from "../domain/errors";
import { withRetries } from "./with-retries";

/**
 * Every write to the workbook happens under the document lock, and pending
 * writes are flushed before the lock is released, so two people running
 * the add-on at once never interleave half-written changes. A lock timeout
 * is retried (another run usually finishes within seconds), then reported
 * in words a person can act on.
 */
export interface LockPatience {
  /** waitLock's timeout per attempt. */
  waitMs: number;
  attempts: number;
}

/** Menu and sidebar runs may take 6 minutes: wait up to a minute in all. */
export const INTERACTIVE: LockPatience = { waitMs: 30_000, attempts: 2 };

const RETRY_PAUSE_MS = 500;

export class LockBusyError extends AddOnError {
  constructor(waitedMs: number) {
    super(
      "LOCK_BUSY",
      `Someone else is updating this plan right now (the add-on waited ${Math.round(waitedMs / 1000)} seconds). Try again in a minute; nothing was changed.`,
    );
  }
}

export function withDocumentLock<T>(work: () => T, patience: LockPatience = INTERACTIVE): T {
  const lock = LockService.getDocumentLock();
  acquire(lock, patience);
  try {
    return work();
  } finally {
    // The work has finished or rolled back by now, and Apps Script flushes and releases the lock when the execution ends:
    // a flush or release that keeps failing must not report a finished operation as failed.
    settle(() => SpreadsheetApp.flush());
    settle(() => lock.releaseLock());
  }
}

function settle(call: () => void): void {
  try {
    withRetries(3, call);
  } catch {
    // See above.
  }
}

function acquire(lock: GoogleAppsScript.Lock.Lock, patience: LockPatience): void {
  for (let attempt = 1; ; attempt++) {
    try {
      lock.waitLock(patience.waitMs);
      return;
    } catch {
      if (attempt >= patience.attempts) throw new LockBusyError(patience.waitMs * patience.attempts);
      Utilities.sleep(RETRY_PAUSE_MS * attempt);
    }
  }
}
