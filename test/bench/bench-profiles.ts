/** The 50 generated profiles the preview and one-scan benches share (fixed seed), and their five channels. */
import fc from "fast-check";
import type { Node } from "../../src/domain/logic";
import { booleanExpression, numericExpression } from "../domain/logic/arbitrary";

export const BENCH_PROFILES = 50;
export const BENCH_CHANNELS = ["web", "in-app", "email", "ads", "sales"];

export interface BenchProfile {
  id: string;
  priority: number;
  eligibility: Node;
  suppression: Node | null;
  score: Node | null;
  scoreThreshold: number | null;
}

export function benchProfiles(): BenchProfile[] {
  const shape = fc.record({
    eligibility: booleanExpression,
    suppression: fc.option(booleanExpression, { nil: null, freq: 2 }),
    score: fc.option(numericExpression, { nil: null, freq: 3 }),
  });
  return fc.sample(shape, { seed: 50, numRuns: BENCH_PROFILES }).map((p, i) => ({
    id: `profile_${i}`,
    priority: (i % 10) + 1,
    ...p,
    scoreThreshold: p.score ? 10 : null,
  }));
}
