// A conjunction of atoms, kept with what it leaves possible per base
// attribute (null or not) and per variable (its domain). Adding an atom that
// leaves nothing possible returns undefined, and `conflict` names the atoms
// that clash, for the message a marketer reads.

import { baseOf } from "./atoms";
import type { Atom, Variable } from "./atoms";
import { initialDomain, isSatisfiable, narrow } from "./domains";
import type { Domain } from "./domains";

export class Conjunct {
  static readonly EMPTY = new Conjunct([], new Map(), new Map(), false);

  private constructor(
    readonly atoms: readonly Atom[],
    /** true: the base is null; false: it holds a value. */
    private readonly nulls: ReadonlyMap<string, boolean>,
    private readonly domains: ReadonlyMap<string, { variable: Variable; domain: Domain }>,
    private readonly hasFree: boolean,
  ) {}

  /** This conjunction with `atom` added, or undefined when no person can satisfy both. */
  with(atom: Atom): Conjunct | undefined {
    const atoms = [...this.atoms, atom];
    if (atom.kind === "free") return new Conjunct(atoms, this.nulls, this.domains, true);
    const base = baseOf(atom) as string;
    // A variable's atom needs its base to hold a value; a null atom says whether it does.
    const wantsNull = atom.kind === "null" ? atom.isNull : false;
    const known = this.nulls.get(base);
    if (known !== undefined && known !== wantsNull) return undefined;
    const nulls = known === undefined ? new Map(this.nulls).set(base, wantsNull) : this.nulls;
    if (atom.kind === "null") return new Conjunct(atoms, nulls, this.domains, this.hasFree);
    const entry = this.domains.get(atom.variable.key);
    const domain = narrow(entry?.domain ?? initialDomain(atom.variable), atom);
    if (!isSatisfiable(domain)) return undefined;
    const domains = new Map(this.domains).set(atom.variable.key, { variable: atom.variable, domain });
    return new Conjunct(atoms, nulls, domains, this.hasFree);
  }

  /** All atoms of `other` added to this one, or undefined on a clash; `onClash` hears the clashing atom. */
  merge(other: Conjunct, onClash?: (atom: Atom, partial: Conjunct) => void): Conjunct | undefined {
    let result: Conjunct = this;
    for (const atom of other.atoms) {
      const next = result.with(atom);
      if (!next) {
        onClash?.(atom, result);
        return undefined;
      }
      result = next;
    }
    return result;
  }

  /**
   * Satisfiable for sure: no free atom, and no base carries two variables
   * (a date and its days_since, a text and its lower(...)) whose link the
   * domains do not model.
   */
  get exact(): boolean {
    if (this.hasFree) return false;
    const bases = new Set<string>();
    for (const { variable } of this.domains.values()) {
      if (bases.has(variable.base)) return false;
      bases.add(variable.base);
    }
    return true;
  }

  /** The atoms of this conjunct that clash with `atom`: none when `atom` alone is impossible. */
  conflict(atom: Atom): Atom[] {
    if (!Conjunct.EMPTY.with(atom)) return [];
    const base = baseOf(atom);
    const related = this.atoms.filter((other) => other.kind !== "free" && baseOf(other) === base);
    const pair = related.find((other) => !Conjunct.EMPTY.with(other)?.with(atom));
    return pair ? [pair] : related;
  }
}
