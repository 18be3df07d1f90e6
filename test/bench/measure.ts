/** Median wall time of `runs` calls, after one warm-up call. */
export function medianMs(work: () => void, runs = 5): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function printTable(title: string, rows: Record<string, unknown>[]): void {
  console.log(`\n## ${title}`);
  console.table(rows);
}

/** Median with min and max, as printed: "12.3 [11.8–13.1]". */
export function spread(values: readonly number[], digits = 1): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${round(sorted[Math.floor(sorted.length / 2)], digits)} [${round(sorted[0], digits)}–${round(sorted[sorted.length - 1], digits)}]`;
}

/**
 * `work` against `baseline`, timed in alternation `runs` times after a warm-up
 * of each, so both see the same machine load: the ratio of each pair, and
 * each side's times.
 */
export function pairedRuns(work: () => void, baseline: () => void, runs = 5): { ratios: number[]; work: number[]; baseline: number[] } {
  work();
  baseline();
  const result = { ratios: [] as number[], work: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    work();
    const w = performance.now() - start;
    start = performance.now();
    baseline();
    const b = performance.now() - start;
    result.work.push(w);
    result.baseline.push(b);
    result.ratios.push(w / b);
  }
  return result;
}
