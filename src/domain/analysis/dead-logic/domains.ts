// What one conjunction of atoms leaves possible for one variable, and whether
// anything is left. The checks are exact for the modelled value spaces:
// numbers on a grid (integers, milliseconds, whole days) or the real line,
// finite sets (enums, booleans) or unbounded text, and lists by what they
// hold or lack.

import type { Atom, RangeOperator, Scalar, Variable } from "./atoms";

export interface NumberDomain {
  kind: "number";
  step: number;
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
  /** Set by `=` and `in`: the value is one of these. */
  only?: readonly number[];
  excluded: readonly number[];
}

export interface SetDomain {
  kind: "set";
  universe?: readonly Scalar[];
  only?: readonly Scalar[];
  excluded: readonly Scalar[];
}

export interface ListDomain {
  kind: "list";
  has: readonly string[];
  lacks: readonly string[];
}

export type Domain = NumberDomain | SetDomain | ListDomain;

export function initialDomain(variable: Variable): Domain {
  switch (variable.kind) {
    case "number":
      return {
        kind: "number",
        step: variable.step,
        lo: variable.min ?? -Infinity,
        loOpen: false,
        hi: Infinity,
        hiOpen: false,
        excluded: [],
      };
    case "set":
      return { kind: "set", universe: variable.universe, excluded: [] };
    case "list":
      return { kind: "list", has: [], lacks: [] };
  }
}

const intersect = <T>(a: readonly T[] | undefined, b: readonly T[]): readonly T[] => (a ? a.filter((x) => b.includes(x)) : b);

/** The domain narrowed by `atom` (an atom on this domain's variable). */
export function narrow(domain: Domain, atom: Atom): Domain {
  if (domain.kind === "number" && atom.kind === "range") return narrowRange(domain, atom.operator, atom.bound);
  if ((domain.kind === "number" || domain.kind === "set") && atom.kind === "member") {
    if (atom.negated) return { ...domain, excluded: [...domain.excluded, ...atom.values] } as Domain;
    return { ...domain, only: intersect<Scalar>(domain.only, atom.values) } as Domain;
  }
  if (domain.kind === "list" && atom.kind === "contains") {
    return atom.negated ? { ...domain, lacks: [...domain.lacks, atom.item] } : { ...domain, has: [...domain.has, atom.item] };
  }
  return domain;
}

function narrowRange(d: NumberDomain, operator: RangeOperator, bound: number): NumberDomain {
  const open = operator === "<" || operator === ">";
  if (operator === ">" || operator === ">=") {
    if (bound > d.lo || (bound === d.lo && open)) return { ...d, lo: bound, loOpen: open };
    return d;
  }
  if (bound < d.hi || (bound === d.hi && open)) return { ...d, hi: bound, hiOpen: open };
  return d;
}

export function isSatisfiable(domain: Domain): boolean {
  switch (domain.kind) {
    case "number":
      return numberSatisfiable(domain);
    case "set": {
      const candidates = domain.only ?? domain.universe;
      if (!candidates) return true; // unbounded text: a finite exclusion list always leaves some
      return candidates.some((value) => (!domain.universe || domain.universe.includes(value)) && !domain.excluded.includes(value));
    }
    case "list":
      return !domain.has.some((item) => domain.lacks.includes(item));
  }
}

function inRange(d: NumberDomain, x: number): boolean {
  return (d.loOpen ? x > d.lo : x >= d.lo) && (d.hiOpen ? x < d.hi : x <= d.hi);
}

function onGrid(step: number, x: number): boolean {
  return step === 0 || Number.isInteger(x / step);
}

const ENUMERATION_LIMIT = 10_000;

function numberSatisfiable(d: NumberDomain): boolean {
  const fits = (x: number) => typeof x === "number" && inRange(d, x) && onGrid(d.step, x) && !d.excluded.includes(x);
  if (d.only) return d.only.some(fits);
  if (d.step === 0) {
    if (d.lo < d.hi) return true; // an interval of reals minus finitely many points is never empty
    return d.lo === d.hi && !d.loOpen && !d.hiOpen && !d.excluded.includes(d.lo);
  }
  // Grid points k * step with first <= k <= last.
  let first = Math.ceil(d.lo / d.step);
  if (d.loOpen && first * d.step === d.lo) first += 1;
  let last = Math.floor(d.hi / d.step);
  if (d.hiOpen && last * d.step === d.hi) last -= 1;
  if (first > last) return false;
  const count = last - first + 1;
  if (count > d.excluded.length) return true;
  if (count > ENUMERATION_LIMIT) return true;
  for (let k = first; k <= last; k++) if (fits(k * d.step)) return true;
  return false;
}
