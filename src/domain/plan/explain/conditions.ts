// Conditions in plain English. `not` is pushed inwards rather than said
// ("not (a or b)" reads "a is not true and b is not true"): under SQL's
// three-valued logic De Morgan's laws, flipping a comparison, and turning
// `in` into `not in` all keep the meaning exactly, nulls included.
// Groups of the same operator are flattened (and/or are associative), and a
// group inside a group of the other kind is put in parentheses.

import { ATTRIBUTE, CALL, COMPARE, CONTAINS, DURATION, IN, IS_NULL, LITERAL, LOGICAL, NOT, print } from "../../logic";
import type { CompareNode, CompareOperator, ContainsNode, InNode, IsNullNode, LogicalNode, LogicalOperator, Node } from "../../logic";
import { attributeLabel } from "./facts";
import type { AttributeLookup } from "./facts";
import { code, joinWords, text } from "./inline";
import type { Inline } from "./inline";
import { isTemporal, literalWords, valueWords } from "./values";
import { elapsedWords } from "./elapsed";

const NEGATED: Record<CompareOperator, CompareOperator> = { "=": "!=", "!=": "=", "<": ">=", "<=": ">", ">": "<=", ">=": "<" };
const MIRRORED: Record<CompareOperator, CompareOperator> = { "=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

const NUMBER_PHRASES: Record<CompareOperator, string> = {
  "=": "is",
  "!=": "is not",
  "<": "is less than",
  "<=": "is at most",
  ">": "is more than",
  ">=": "is at least",
};
const DATE_PHRASES: Record<CompareOperator, string> = {
  "=": "is",
  "!=": "is not",
  "<": "is before",
  "<=": "is on or before",
  ">": "is after",
  ">=": "is on or after",
};

/** True where the node is a condition (true / false) rather than a number or text. */
export function isCondition(node: Node, attributes: AttributeLookup): boolean {
  switch (node.type) {
    case LOGICAL:
    case NOT:
    case COMPARE:
    case IN:
    case CONTAINS:
    case IS_NULL:
      return true;
    case LITERAL:
      return typeof node.value === "boolean";
    case ATTRIBUTE:
      return attributes.get(node.name)?.type === "boolean";
    case CALL:
      return node.callee === "coalesce" && isCondition(node.args[0], attributes);
    default:
      return false;
  }
}

/** The words for `node` read as a condition, or for its negation when `negate` is set. */
export function conditionWords(node: Node, attributes: AttributeLookup, negate: boolean): Inline[] {
  switch (node.type) {
    case NOT:
      return conditionWords(node.operand, attributes, !negate);
    case LOGICAL:
      return groupWords(node, attributes, negate);
    case COMPARE:
      return comparisonWords(node, attributes, negate);
    case IN:
      return membershipWords(node, attributes, negate);
    case CONTAINS:
      return containsWords(node, attributes, negate);
    case IS_NULL:
      return presenceWords(node, attributes, negate);
    case LITERAL:
      if (typeof node.value !== "boolean") return fallback(node, negate);
      return [text(node.value !== negate ? "always true" : "never true")];
    default:
      if (!isValue(node)) return fallback(node, negate);
      return [...valueWords(node, attributes), text(negate ? " is not true" : " is true")];
  }
}

/** The exact expression, for what has no faithful wording. */
function fallback(node: Node, negate: boolean): Inline[] {
  return [code(print(negate ? { type: NOT, operand: node } : node))];
}

function isValue(node: Node): boolean {
  return ![LOGICAL, NOT, COMPARE, IN, CONTAINS, IS_NULL].includes(node.type);
}

interface Member {
  node: Node;
  negate: boolean;
}

function peel(node: Node, negate: boolean): Member {
  return node.type === NOT ? peel(node.operand, !negate) : { node, negate };
}

// De Morgan: a negated "and" is an "or" of negations, and vice versa.
function operatorOf(node: LogicalNode, negate: boolean): LogicalOperator {
  if (!negate) return node.operator;
  return node.operator === "and" ? "or" : "and";
}

function members(node: LogicalNode, negate: boolean, operator: LogicalOperator): Member[] {
  return [node.left, node.right].flatMap((child) => {
    const member = peel(child, negate);
    const nested = member.node.type === LOGICAL && operatorOf(member.node, member.negate) === operator;
    return nested ? members(member.node as LogicalNode, member.negate, operator) : [member];
  });
}

function groupWords(node: LogicalNode, attributes: AttributeLookup, negate: boolean): Inline[] {
  const operator = operatorOf(node, negate);
  const parts = members(node, negate, operator).map((member) => {
    const words = conditionWords(member.node, attributes, member.negate);
    return member.node.type === LOGICAL ? [text("("), ...words, text(")")] : words;
  });
  if (operator === "or") {
    return [
      text("either "),
      ...parts.flatMap((part, index) => (index === 0 ? part : [text(parts.length > 2 ? ", or " : " or "), ...part])),
    ];
  }
  if (parts.length === 2) return joinWords(parts, "and");
  return parts.flatMap((part, index) => (index === 0 ? part : [text(index === parts.length - 1 ? ", and " : ", "), ...part]));
}

function comparisonWords(node: CompareNode, attributes: AttributeLookup, negate: boolean): Inline[] {
  if (!isValue(node.left) || !isValue(node.right)) return fallback(node, negate);
  let { left, right } = node;
  let operator = negate ? NEGATED[node.operator] : node.operator;
  // "10 < seats_used" reads better as "Seats used is more than 10".
  const constant = (side: Node) => side.type === LITERAL || side.type === DURATION;
  if (constant(left) && !constant(right)) {
    [left, right] = [right, left];
    operator = MIRRORED[operator];
  }
  const elapsed = elapsedWords(left, right, operator, attributes);
  if (elapsed) return elapsed;
  const temporal = isTemporal(left, attributes) || isTemporal(right, attributes);
  const phrase = (temporal ? DATE_PHRASES : NUMBER_PHRASES)[operator];
  return [...valueWords(left, attributes, temporal), text(` ${phrase} `), ...valueWords(right, attributes, temporal)];
}

function membershipWords(node: InNode, attributes: AttributeLookup, negate: boolean): Inline[] {
  const { items } = node.list;
  // A null item changes what `not in` means (it is never true); say it exactly.
  if (items.length === 0 || items.some((item) => item.value === null) || !isValue(node.operand)) return fallback(node, negate);
  const excluded = node.negated !== negate;
  const temporal = isTemporal(node.operand, attributes);
  const subject = valueWords(node.operand, attributes, temporal);
  const values = items.map((item) => [literalWords(item.value, temporal)]);
  if (values.length === 1) return [...subject, text(excluded ? " is not " : " is "), ...values[0]];
  return [...subject, text(excluded ? " is none of " : " is one of "), ...joinWords(values, "or")];
}

function containsWords(node: ContainsNode, attributes: AttributeLookup, negate: boolean): Inline[] {
  if (!isValue(node.left) || !isValue(node.right)) return fallback(node, negate);
  const verb = negate ? " does not include " : " includes ";
  return [...valueWords(node.left, attributes), text(verb), ...valueWords(node.right, attributes)];
}

function presenceWords(node: IsNullNode, attributes: AttributeLookup, negate: boolean): Inline[] {
  if (!isValue(node.operand)) return fallback(node, negate);
  const words = valueWords(node.operand, attributes);
  const missing = node.negated === negate;
  // "has no Signup date" reads well for an attribute; a formula reads better as the subject.
  if (node.operand.type !== ATTRIBUTE) return [...words, text(missing ? " has no value" : " has a value")];
  if (missing) return [text("has no "), ...words];
  return [text(`has ${article(attributeLabel(node.operand.name, attributes))} `), ...words];
}

// "an" before a vowel sound: vowels, and acronyms whose first letter is
// spoken with one ("an MRR", "an SLA").
function article(noun: string): "a" | "an" {
  const word = noun.split(" ")[0];
  const acronym = word.length > 1 && word === word.toUpperCase() && /^[A-Z]/.test(word);
  return (acronym ? /^[AEFHILMNORSX]/ : /^[aeiou]/i).test(word) ? "an" : "a";
}
