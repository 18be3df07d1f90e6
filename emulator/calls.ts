/** A frozen copy of the counts at one moment, for before/after comparisons. */
export interface CallSnapshot {
  readonly total: number;
  readonly byMethod: Readonly<Record<string, number>>;
}

/**
 * Counts the service calls a script makes, by "Class.method". Only calls that
 * enter through a public Apps Script object are recorded (see facade.ts), so
 * the emulator's own bookkeeping never shows up in benchmarks.
 */
export class CallCounter {
  private counts = new Map<string, number>();
  private sum = 0;
  private order: string[] = [];

  record(method: string): void {
    this.sum++;
    this.order.push(method);
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  total(): number {
    return this.sum;
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The methods called, in order: call k of an operation is `sequence()[before.total + k - 1]`. */
  sequence(): readonly string[] {
    return this.order;
  }

  reset(): void {
    this.counts.clear();
    this.sum = 0;
    this.order = [];
  }

  snapshot(): CallSnapshot {
    return Object.freeze({ total: this.sum, byMethod: Object.freeze(this.byMethod()) });
  }

  /** Calls made since `before` was taken. */
  since(before: CallSnapshot): CallSnapshot {
    const byMethod: Record<string, number> = {};
    for (const [method, n] of this.counts) {
      const delta = n - (before.byMethod[method] ?? 0);
      if (delta > 0) byMethod[method] = delta;
    }
    return Object.freeze({ total: this.sum - before.total, byMethod: Object.freeze(byMethod) });
  }
}
