import { AddOnError } from "../domain/errors";
import { withServiceHandles } from "../store/service-handles";
import { retried } from "./service-retry";
import { quietly } from "./undo";

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
  return withServiceHandles(() => locked(work, patience));
}

function locked<T>(work: () => T, patience: LockPatience): T {
  const lock = retried(() => LockService.getDocumentLock());
  acquire(lock, patience);
  try {
    return work();
  } finally {
    // The work is done (or put back); Apps Script applies pending writes and drops the lock when the execution ends
    // anyway, so a flush or release that fails through its retries does not turn a finished operation into a failed one.
    quietly(() => retried(() => SpreadsheetApp.flush()));
    quietly(() => retried(() => lock.releaseLock()));
  }
}

function acquire(lock: GoogleAppsScript.Lock.Lock, patience: LockPatience): void {
  for (let attempt = 1; ; attempt++) {
    try {
      lock.waitLock(patience.waitMs);
      return;
    } catch {
      if (attempt >= patience.attempts) throw new LockBusyError(patience.waitMs * patience.attempts);
      quietly(() => Utilities.sleep(RETRY_PAUSE_MS * attempt));
    }
  }
}
