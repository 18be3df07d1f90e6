// People to search for a counterexample to a "never" claim of the analysis:
// 10,000 random people (each with their own `now`), plus people built from
// the constants in the expression itself, at and next to every boundary, so
// an off-by-one in the analysis meets the person who exposes it.

import fc from "fast-check";
import { CALL, DURATION, LITERAL, childrenOf, parseIsoDate } from "../../../src/domain/logic";
import type { Node, Value } from "../../../src/domain/logic";
import { COUNTRIES, FEATURES, PLANS, nowArbitrary, personArbitrary } from "../logic/arbitrary";

export type Sample = { person: Record<string, Value>; now: Date };

const DAY = 86_400_000;
const HOUR = 3_600_000;

export const RANDOM_PEOPLE: readonly Sample[] = fc
  .sample(fc.tuple(personArbitrary, nowArbitrary), { numRuns: 10_000, seed: 20250615 })
  .map(([person, now]) => ({ person, now }));

function constants(ast: Node): { numbers: number[]; texts: string[]; instants: number[]; offsets: number[] } {
  const numbers = new Set<number>([0, 1]);
  const texts = new Set<string>();
  const instants = new Set<number>();
  const offsets = new Set<number>([0]);
  const visit = (node: Node): void => {
    if (node.type === LITERAL && typeof node.value === "number") numbers.add(node.value);
    if (node.type === LITERAL && typeof node.value === "string") {
      texts.add(node.value);
      const date = parseIsoDate(node.value);
      if (date) instants.add(date.getTime());
    }
    if (node.type === DURATION)
      numbers.add(node.amount * { h: 1, d: 24, w: 168 }[node.unit]).add(node.amount * { h: 1 / 24, d: 1, w: 7 }[node.unit]);
    if (node.type === CALL && node.callee !== "coalesce") offsets.add(1);
    childrenOf(node).forEach(visit);
  };
  visit(ast);
  for (const n of [...numbers]) for (const d of [-1, -0.5, 0.5, 1]) numbers.add(n + d);
  for (const n of numbers) offsets.add(n);
  return { numbers: [...numbers], texts: [...texts], instants: [...instants], offsets: [...offsets] };
}

/** People at the edges of the expression's own constants. */
export function boundaryPeople(ast: Node, count: number, seed: number): Sample[] {
  const c = constants(ast);
  const now = fc.oneof(
    nowArbitrary,
    fc.constantFrom(...c.instants, Date.UTC(2025, 5, 15, 12)).map((t) => new Date(t)),
  );
  const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 5 });
  const wholes = c.numbers.filter(Number.isInteger);
  const arbitrary = fc.tuple(now, fc.constantFrom(...c.offsets), fc.constantFrom(-1, 0, 1)).chain(([t, k, nudge]) => {
    // Dates k days (or hours) before now, so days_since / hours_since land on the boundaries.
    const instants = [...c.instants, t.getTime() - k * DAY, t.getTime() - k * HOUR, t.getTime() - k * DAY + nudge];
    const dates = instants.map((x) => new Date(Math.floor(x / DAY) * DAY));
    return fc
      .record({
        plan: nullable(fc.constantFrom(...PLANS)),
        signup_date: nullable(fc.constantFrom(...dates).map((d) => new Date(d.getTime() + nudge * DAY))),
        last_seen_at: nullable(fc.constantFrom(...instants).map((x) => new Date(x + nudge))),
        onboarding_done: nullable(fc.boolean()),
        seats_used: nullable(fc.constantFrom(...wholes, 0, 2, 3)),
        mrr: nullable(fc.constantFrom(...c.numbers)),
        country: nullable(fc.constantFrom(...COUNTRIES, ...c.texts)),
        email: nullable(fc.constantFrom("a@example.com", "", ...c.texts)),
        features_used: nullable(fc.subarray([...new Set([...FEATURES, ...c.texts])])),
      })
      .map((person) => ({ person: person as Record<string, Value>, now: t }));
  });
  return fc.sample(arbitrary, { numRuns: count, seed });
}
