// Turns `term OP constant` into atoms on the term's variable: the atom for
// when the comparison is true and the one for when it is false (the variable
// then holds a value). Constants of the wrong kind never compare (the
// evaluator gives null), which `undefined` reports.

import { parseIsoDate } from "../../logic";
import type { CompareOperator, Value } from "../../logic";
import type { Atom, NumberVariable, RangeOperator, Scalar, SetVariable, Variable } from "./atoms";
import { EXACT_LIMIT } from "./terms";
import type { Term } from "./terms";

export const MIRROR: Record<CompareOperator, CompareOperator> = { "=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
const OPPOSITE: Record<CompareOperator, CompareOperator> = { "=": "!=", "!=": "=", "<": ">=", "<=": ">", ">": "<=", ">=": "<" };

export interface Relation {
  /** The variable holds a value and the comparison is true. */
  holds: Atom;
  /** The variable holds a value and the comparison is false. */
  fails: Atom;
}

export type Texts = { holds: string; fails: string };

/**
 * The relation `term OP value`; null when the two never compare (so the
 * comparison is always null), undefined when the analysis cannot model it.
 */
export function relation(
  term: Term & { kind: "linear" },
  operator: CompareOperator,
  value: Value,
  texts: Texts,
): Relation | null | undefined {
  const { variable } = term;
  if (variable.kind === "list") return undefined;
  const constant = comparable(variable, value);
  if (constant === undefined) return null;
  if (variable.kind === "set") {
    if (operator !== "=" && operator !== "!=") return undefined; // text order is not modelled
    return pair(variable, operator, constant, texts);
  }
  const normal = normalize(term, operator, constant as number);
  return normal && pair(variable, normal.operator, normal.bound, texts);
}

/** The value as the variable holds it (milliseconds for dates), or undefined if they never compare. */
export function comparable(variable: Variable, value: Value): Scalar | undefined {
  if (value === null || variable.kind === "list") return undefined;
  if (variable.kind === "number" && variable.time) {
    const date = typeof value === "string" ? parseIsoDate(value) : value instanceof Date ? value : null;
    return date ? date.getTime() : undefined;
  }
  if (variable.kind === "number") return typeof value === "number" ? value : undefined;
  const isBoolean = variable.universe?.every((v) => typeof v === "boolean") ?? false;
  return (isBoolean ? typeof value === "boolean" : typeof value === "string") ? (value as Scalar) : undefined;
}

/**
 * `sign * x + offset OP c` as `x OP' bound`. Offsets only exist on integer
 * variables, so a fractional c is first rounded to the whole number the
 * comparison really cuts at; `=` with it never holds.
 */
function normalize(
  term: Term & { kind: "linear" },
  operator: CompareOperator,
  c: number,
): { operator: CompareOperator; bound: number | "none" } | undefined {
  if (term.sign === 1 && term.offset === 0) return { operator, bound: c };
  if (Math.abs(c) > EXACT_LIMIT) return undefined;
  let op = operator;
  let whole = c;
  if (!Number.isInteger(c)) {
    if (op === "=" || op === "!=") return { operator: op, bound: "none" };
    // integer v: v > 2.5 ⇔ v > 2; v >= 2.5 ⇔ v > 2; v < 2.5 ⇔ v < 3; v <= 2.5 ⇔ v < 3
    whole = op === ">" || op === ">=" ? Math.floor(c) : Math.ceil(c);
    op = op === ">" || op === ">=" ? ">" : "<";
  }
  const shifted = whole - term.offset;
  return term.sign === 1 ? { operator: op, bound: shifted } : { operator: MIRROR[op], bound: -shifted };
}

function pair(variable: NumberVariable | SetVariable, operator: CompareOperator, bound: Scalar | "none", texts: Texts): Relation {
  return { holds: atomFor(variable, operator, bound, texts.holds), fails: atomFor(variable, OPPOSITE[operator], bound, texts.fails) };
}

function atomFor(variable: NumberVariable | SetVariable, operator: CompareOperator, bound: Scalar | "none", text: string): Atom {
  const values = bound === "none" ? [] : [bound];
  if (operator === "=") return { kind: "member", variable, values, negated: false, text };
  if (operator === "!=") return { kind: "member", variable, values, negated: true, text };
  return { kind: "range", variable: variable as NumberVariable, operator: operator as RangeOperator, bound: bound as number, text };
}
