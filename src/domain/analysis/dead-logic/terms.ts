// How the analysis reads one side of a comparison: a constant (no attribute,
// no clock), a variable it can bound — possibly negated or shifted by a whole
// number (`seats_used + 1`, `-days_since(x)`) — or something opaque.
// Shifts are only taken on integer variables with small whole constants, where
// floating point is exact; anything else stays opaque, which is always sound.

import { ARITHMETIC, ATTRIBUTE, CALL, DURATION, NEGATE, childrenOf, evaluate, print, referencedAttributes } from "../../logic";
import type { AttributeInfo, Node, Value } from "../../logic";
import { MS_PER_DAY } from "./atoms";
import type { Variable } from "./atoms";

export type Term =
  | { kind: "constant"; value: Value }
  | { kind: "linear"; variable: Variable; sign: 1 | -1; offset: number }
  | { kind: "opaque" };

/** Bound on constants and offsets below which integer arithmetic in doubles is exact. */
export const EXACT_LIMIT = 2 ** 50;
const MAX_OFFSET = 1e9;
const HOURS_PER_UNIT = { h: 1, d: 24, w: 168 } as const;
/** Any instant works: constants read no clock (days_since of a literal is not a constant). */
const ANY_TIME = new Date(0);

export type Attributes = ReadonlyMap<string, AttributeInfo>;

/** The variable `node` stands for, if it is one the analysis models. */
export function variableOf(node: Node, attributes: Attributes): Variable | undefined {
  const key = print(node);
  if (node.type === ATTRIBUTE) {
    const info = attributes.get(node.name);
    const base = node.name;
    switch (info?.type) {
      case "integer":
        return { kind: "number", key, base, step: 1 };
      case "number":
        return { kind: "number", key, base, step: 0 };
      case "date":
        return { kind: "number", key, base, step: MS_PER_DAY, time: true }; // a date is midnight UTC: whole days of milliseconds
      case "timestamp":
        return { kind: "number", key, base, step: 1, time: true };
      case "boolean":
        return { kind: "set", key, base, universe: [true, false] };
      case "enum":
        return { kind: "set", key, base, universe: info.allowedValues.length > 0 ? info.allowedValues : undefined };
      case "string":
        return { kind: "set", key, base };
      case "string_list":
        return { kind: "list", key, base };
      default:
        return undefined;
    }
  }
  if (node.type !== CALL || node.args.length !== 1 || node.args[0].type !== ATTRIBUTE) return undefined;
  const base = node.args[0].name;
  const type = attributes.get(base)?.type;
  switch (node.callee) {
    case "days_since":
    case "hours_since":
      // With any `now`, the elapsed days or hours can be any whole number.
      return type === "date" || type === "timestamp" ? { kind: "number", key, base, step: 1 } : undefined;
    case "len":
      return type === "string_list" ? { kind: "number", key, base, step: 1, min: 0 } : undefined;
    case "lower":
      return type === "string" || type === "enum" ? { kind: "set", key, base } : undefined;
    default:
      return undefined;
  }
}

/** `node` read as a term; `other` is the opposite side (a duration counts in its unit). */
export function termOf(node: Node, other: Node, attributes: Attributes): Term {
  if (node.type === DURATION) return { kind: "constant", value: durationValue(node.amount, node.unit, other) };
  if (isConstant(node)) return { kind: "constant", value: evaluate(node, {}, ANY_TIME) };
  const variable = variableOf(node, attributes);
  if (variable) return { kind: "linear", variable, sign: 1, offset: 0 };
  if (node.type === NEGATE) {
    const inner = termOf(node.operand, other, attributes);
    if (inner.kind === "linear" && inner.variable.kind === "number" && !inner.variable.time)
      return { ...inner, sign: inner.sign === 1 ? -1 : 1, offset: -inner.offset };
    return { kind: "opaque" };
  }
  if (node.type === ARITHMETIC && (node.operator === "+" || node.operator === "-")) {
    const left = termOf(node.left, other, attributes);
    const right = termOf(node.right, other, attributes);
    const shift = (term: Term, constant: Term, negateTerm: boolean, negateConstant: boolean): Term => {
      if (term.kind !== "linear" || constant.kind !== "constant" || !isWholeStep(term)) return { kind: "opaque" };
      const c = constant.value;
      if (typeof c !== "number" || !Number.isInteger(c) || Math.abs(c) > MAX_OFFSET) return { kind: "opaque" };
      const offset = (negateTerm ? -term.offset : term.offset) + (negateConstant ? -c : c);
      if (Math.abs(offset) > MAX_OFFSET) return { kind: "opaque" };
      return { ...term, sign: negateTerm ? (term.sign === 1 ? -1 : 1) : term.sign, offset };
    };
    if (left.kind === "linear") return shift(left, right, false, node.operator === "-");
    if (right.kind === "linear") return shift(right, left, node.operator === "-", false);
  }
  return { kind: "opaque" };
}

function isWholeStep(term: Term & { kind: "linear" }): boolean {
  return term.variable.kind === "number" && term.variable.step === 1 && !term.variable.time;
}

/** No attribute and no clock: the same value for every person at every time. */
export function isConstant(node: Node): boolean {
  if (referencedAttributes(node).length > 0) return false;
  const readsClock = (n: Node): boolean =>
    (n.type === CALL && (n.callee === "days_since" || n.callee === "hours_since")) || childrenOf(n).some(readsClock);
  return !readsClock(node);
}

function durationValue(amount: number, unit: "h" | "d" | "w", other: Node): number | null {
  if (other.type !== CALL) return null;
  const hours = amount * HOURS_PER_UNIT[unit];
  if (other.callee === "hours_since") return hours;
  if (other.callee === "days_since") return hours / 24;
  return null;
}
