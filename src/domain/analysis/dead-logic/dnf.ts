// Disjunctive normal form over atoms: a person satisfies the formula when
// they satisfy one of its conjuncts. Conjuncts no person can satisfy are
// dropped as soon as they appear, and the reason is kept: when nothing is
// left, the reasons say why. The size is capped; past the cap the analysis
// gives up ("unknown") rather than take seconds on one expression.

import type { Atom } from "./atoms";
import { Conjunct } from "./conjunct";

export interface Dnf {
  conjuncts: readonly Conjunct[];
  /** Why conjuncts were dropped, for the message when none is left. */
  reasons: readonly string[];
}

const MAX_CONJUNCTS = 256;
const MAX_PRODUCT = 4_096;
const MAX_REASONS = 3;

/** Thrown when a formula outgrows the cap; the public functions turn it into "unknown". */
export class TooComplex extends Error {
  constructor() {
    super("expression too complex to analyse");
    this.name = "TooComplex";
  }
}

export const ALWAYS: Dnf = { conjuncts: [Conjunct.EMPTY], reasons: [] };
/** Something any person may satisfy, that the analysis cannot bound. */
export const FREE: Dnf = { conjuncts: [Conjunct.EMPTY.with({ kind: "free" }) as Conjunct], reasons: [] };

export function never(reason: string): Dnf {
  return { conjuncts: [], reasons: [reason] };
}

export function atom(a: Atom): Dnf {
  const conjunct = Conjunct.EMPTY.with(a);
  return conjunct ? { conjuncts: [conjunct], reasons: [] } : never(clashReason([], a));
}

export function or(...parts: Dnf[]): Dnf {
  const conjuncts = parts.flatMap((part) => part.conjuncts);
  if (conjuncts.length > MAX_CONJUNCTS) throw new TooComplex();
  return { conjuncts, reasons: mergeReasons(parts.flatMap((part) => part.reasons)) };
}

export function and(...parts: Dnf[]): Dnf {
  return parts.reduce(and2, ALWAYS);
}

function and2(a: Dnf, b: Dnf): Dnf {
  if (a.conjuncts.length * b.conjuncts.length > MAX_PRODUCT) throw new TooComplex();
  const conjuncts: Conjunct[] = [];
  const clashes: string[] = [];
  for (const left of a.conjuncts) {
    for (const right of b.conjuncts) {
      const merged = left.merge(right, (clashing, partial) => clashes.push(clashReason(partial.conflict(clashing), clashing)));
      if (merged) conjuncts.push(merged);
    }
  }
  if (conjuncts.length > MAX_CONJUNCTS) throw new TooComplex();
  // This product's clashes first: when nothing is left, they are the closest to what the person wrote.
  return { conjuncts, reasons: mergeReasons([...clashes, ...a.reasons, ...b.reasons]) };
}

function mergeReasons(reasons: string[]): string[] {
  return [...new Set(reasons)].slice(0, MAX_REASONS);
}

/** `seats_used > 10 and seats_used < 5 can never both be true`. */
export function clashReason(others: readonly Atom[], clashing: Atom): string {
  const texts = [...new Set([...others, clashing].map(describe))];
  if (texts.length === 1) return `${texts[0]} can never be true${whyAlone(clashing)}`;
  if (texts.length === 2) return `${texts[0]} and ${texts[1]} can never both be true`;
  return `${texts.slice(0, -1).join(", ")} and ${texts[texts.length - 1]} can never all be true`;
}

function describe(a: Atom): string {
  return a.kind === "free" ? "?" : a.text;
}

function whyAlone(a: Atom): string {
  if (a.kind !== "member" || a.negated || a.variable.kind !== "set" || !a.variable.universe) return "";
  return `: ${a.variable.key} allows only ${a.variable.universe.map((value) => JSON.stringify(value)).join(", ")}`;
}
