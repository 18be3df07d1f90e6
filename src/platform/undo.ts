import { retried } from "./service-retry";

/** Steps that put back what an operation wrote, newest last. */
export type Undo = (() => void)[];

/**
 * A write an operation may have to take back: its way back is kept before
 * it runs (a write that failed half-way is put back too), and both are
 * retried, since each sets the same values again.
 */
export function undoable(undo: Undo, write: () => void, back: () => void, retryLimit?: number): void {
  undo.push(() => retried(back, retryLimit));
  retried(write, retryLimit);
}

/** Work whose failure must not stop the run (the snapshot's cache; putting things back after a failure). */
export function quietly<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}
