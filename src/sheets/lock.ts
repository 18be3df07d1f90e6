/**
 * Every write to the workbook happens under the document lock, and pending
 * writes are flushed before the lock is released, so two people running
 * the add-on at once never interleave half-written changes.
 */
const LOCK_WAIT_MS = 30_000;

export const LOCK_BUSY_MESSAGE =
  "Someone else is updating this plan right now (the add-on waited 30 seconds). Try again in a minute; nothing was changed.";

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new Error(LOCK_BUSY_MESSAGE);
  }
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
