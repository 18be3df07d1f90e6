import { retried } from "./service-retry";

/**
 * Sheets has no transaction across ranges, so an operation that writes
 * several sheets keeps one: every write is recorded with how to undo it
 * (from what was read before the first write), and a failure rolls back the
 * writes made so far, newest first. Each call is retried (service-retry.ts),
 * so one failing call does not abandon the operation, and a rollback
 * survives a service that is still failing for a few calls.
 */
export class Transaction {
  private undos: (() => void)[] = [];

  /** Tries per call: 1 + the Plan's Retry limit, once it is known. */
  constructor(public tries: number) {}

  /** A read, retried. */
  read<T>(call: () => T): T {
    return retried(call, this.tries - 1);
  }

  /**
   * A write, retried. Its undo is recorded first: a call that failed may
   * still have landed, and undoing a write that did not happen is harmless.
   */
  write<T>(undo: (() => void) | null, apply: () => T): T {
    if (undo) this.undos.push(undo);
    return retried(apply, this.tries - 1);
  }

  /** Undo for a write made elsewhere (a module that writes on its own). */
  onRollback(undo: () => void): void {
    this.undos.push(undo);
  }

  /** Undoes every write, newest first; false when some undo kept failing (the workbook is then not as it was). */
  rollback(): boolean {
    let complete = true;
    for (const undo of this.undos.reverse()) {
      try {
        retried(undo, this.tries - 1);
      } catch {
        complete = false;
      }
    }
    this.undos = [];
    return complete;
  }
}
