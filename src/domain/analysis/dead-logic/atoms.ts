// The facts the dead-logic analysis reasons about. A *variable* is one value
// of a person the analysis can bound: an attribute, or days_since / hours_since
// / len / lower of one. Every variable belongs to a *base* attribute: it is
// null exactly when its base is null, so `x is null and days_since(x) > 3`
// conflicts through the base. An *atom* is one constraint on one variable
// (or a base's nullness); anything the analysis cannot model is a "free" atom,
// which any person may satisfy.

export type Scalar = string | number | boolean;

export const MS_PER_DAY = 86_400_000;

export interface NumberVariable {
  kind: "number";
  /** The variable's printed form, e.g. `days_since(signup_date)`: equal keys are one variable. */
  key: string;
  base: string;
  /** Values are whole multiples of step: 1 for integers and milliseconds, a day for dates, 0 for any number. */
  step: number;
  /** A lower bound every value respects (len is never negative). */
  min?: number;
  /** A date or timestamp, in milliseconds: compared with ISO text, never a number in arithmetic. */
  time?: true;
}

export interface SetVariable {
  kind: "set";
  key: string;
  base: string;
  /** The only values it can hold (enum Allowed values, true / false); absent for free text. */
  universe?: readonly Scalar[];
}

export interface ListVariable {
  kind: "list";
  key: string;
  base: string;
}

export type Variable = NumberVariable | SetVariable | ListVariable;

export type RangeOperator = "<" | "<=" | ">" | ">=";

export type Atom =
  | { kind: "null"; base: string; isNull: boolean; text: string }
  | { kind: "range"; variable: NumberVariable; operator: RangeOperator; bound: number; text: string }
  | { kind: "member"; variable: NumberVariable | SetVariable; values: readonly Scalar[]; negated: boolean; text: string }
  | { kind: "contains"; variable: ListVariable; item: string; negated: boolean; text: string }
  | { kind: "free" };

/** The base attribute an atom constrains, if any. */
export function baseOf(atom: Atom): string | undefined {
  if (atom.kind === "free") return undefined;
  return atom.kind === "null" ? atom.base : atom.variable.base;
}
