/**
 * What a multi-step operation did, and how to take each step back. Sheets,
 * Drive and properties have no shared transaction, so an operation records
 * each step's undo as it goes and, when a later step fails, runs them newest
 * first. An undo that fails does not stop the others.
 */
export class UndoList {
  private readonly steps: { what: string; undo: () => void }[] = [];

  push(what: string, undo: () => void): void {
    this.steps.push({ what, undo });
  }

  /** Takes every step back, newest first, and returns what could not be taken back. */
  rollBack(): string[] {
    const failed: string[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      try {
        step.undo();
      } catch {
        failed.push(step.what);
      }
    }
    return failed;
  }
}
