// Numbers, text and formulas in words. Arithmetic stays formula text (with
// × and ÷, and display names for attributes) because a formula is the
// clearest way to say it; anything that is not a value falls back to its
// printed expression in a code span, so no meaning is lost.

import { ARITHMETIC, ATTRIBUTE, CALL, DURATION, LITERAL, NEGATE, print } from "../../logic";
import type { CallNode, DurationUnit, LiteralValue, Node } from "../../logic";
import { attributeLabel, isTemporalType } from "./facts";
import type { AttributeLookup } from "./facts";
import { code, joinWords, text } from "./inline";
import type { Inline } from "./inline";

const UNIT_WORDS: Record<DurationUnit, [string, string]> = {
  h: ["hour", "hours"],
  d: ["day", "days"],
  w: ["week", "weeks"],
};

/** "1 day", "14 days", "2 weeks", "12 hours". */
export function durationWords(amount: number, unit: DurationUnit): string {
  const [one, many] = UNIT_WORDS[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

/** A literal as a reader sees it: text in curly quotes, dates (next to a date attribute) bare. */
export function literalWords(value: LiteralValue, temporal: boolean): Inline {
  if (value === null) return code("null");
  if (typeof value === "string") return text(temporal ? value : `“${value}”`);
  return text(String(value));
}

/** True where the node reads as a date or timestamp, so ISO text beside it is a date. */
export function isTemporal(node: Node, attributes: AttributeLookup): boolean {
  if (node.type === ATTRIBUTE) return isTemporalType(attributes.get(node.name)?.type);
  if (node.type === CALL && node.callee === "coalesce") return node.args.some((arg) => isTemporal(arg, attributes));
  return false;
}

// Binding strength inside a formula, so only needed parentheses are shown.
function strength(node: Node): number {
  if (node.type === ARITHMETIC) return node.operator === "+" || node.operator === "-" ? 1 : 2;
  if (node.type === NEGATE) return 3;
  return 4;
}

const FORMULA_SYMBOLS = { "+": "+", "-": "−", "*": "×", "/": "÷" } as const;

/** The words for a value; `temporal` says literals here stand for dates. */
export function valueWords(node: Node, attributes: AttributeLookup, temporal = false): Inline[] {
  const words = (child: Node) => valueWords(child, attributes, temporal);
  const wrapped = (child: Node, minimum: number) => (strength(child) < minimum ? [text("("), ...words(child), text(")")] : words(child));
  switch (node.type) {
    case ATTRIBUTE:
      return [text(attributeLabel(node.name, attributes))];
    case LITERAL:
      return [literalWords(node.value, temporal)];
    case DURATION:
      return [text(durationWords(node.amount, node.unit))];
    case NEGATE:
      return [text("−"), ...wrapped(node.operand, 3)];
    case ARITHMETIC: {
      const level = strength(node);
      return [...wrapped(node.left, level), text(` ${FORMULA_SYMBOLS[node.operator]} `), ...wrapped(node.right, level + 1)];
    }
    case CALL:
      return callWords(node, attributes, temporal);
    default:
      return [code(print(node))];
  }
}

function callWords(node: CallNode, attributes: AttributeLookup, temporal: boolean): Inline[] {
  const [first] = node.args;
  const words = (child: Node) => valueWords(child, attributes, temporal);
  switch (node.callee) {
    case "lower":
      return [...words(first), text(" (ignoring case)")];
    case "len":
      return [text("the number of items in "), ...words(first)];
    case "days_since":
      return [text("days since "), ...valueWords(first, attributes, true)];
    case "hours_since":
      return [text("hours since "), ...valueWords(first, attributes, true)];
    case "coalesce": {
      const dates = temporal || isTemporal(node, attributes);
      const [primary, ...fallbacks] = node.args.map((arg) => valueWords(arg, attributes, dates));
      if (fallbacks.length === 1) return [...primary, text(" (or "), ...fallbacks[0], text(" when missing)")];
      return [text("the first present of "), ...joinWords([primary, ...fallbacks], "or")];
    }
  }
}
