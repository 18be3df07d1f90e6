// The syntax tree of the logic language. Node types are named constants (the
// jsep habit) so the parser, printer, checker and both evaluators switch on
// the same names. Source positions live in an optional `span` field: parsed
// trees always carry it, generated trees (property tests) may omit it, and
// `stripSpans` removes it so two trees can be compared structurally.

import { hasOwn } from "../has-own";

export const LITERAL = "Literal";
export const LIST = "List";
export const DURATION = "Duration";
export const ATTRIBUTE = "Attribute";
export const CALL = "Call";
export const NEGATE = "Negate"; // unary minus
export const NOT = "Not";
export const ARITHMETIC = "Arithmetic"; // + - * /
export const LOGICAL = "Logical"; // and, or
export const COMPARE = "Compare"; // = != < <= > >=
export const IN = "In"; // in, not in
export const CONTAINS = "Contains";
export const IS_NULL = "IsNull"; // is null, is not null

/** Half-open character range [start, end) in the source text. */
export interface Span {
  start: number;
  end: number;
}

export type LiteralValue = null | boolean | number | string;
export type DurationUnit = "h" | "d" | "w";
export type ArithmeticOperator = "+" | "-" | "*" | "/";
export type LogicalOperator = "and" | "or";
export type CompareOperator = "=" | "!=" | "<" | "<=" | ">" | ">=";
export type FunctionName = "days_since" | "hours_since" | "lower" | "coalesce" | "len";

/** How many arguments each function takes (the parser enforces it). */
export const FUNCTION_ARITY: Readonly<Record<FunctionName, { min: number; max: number }>> = {
  days_since: { min: 1, max: 1 },
  hours_since: { min: 1, max: 1 },
  lower: { min: 1, max: 1 },
  len: { min: 1, max: 1 },
  coalesce: { min: 2, max: Infinity },
};

export const FUNCTION_NAMES = Object.keys(FUNCTION_ARITY) as FunctionName[];

export function isFunctionName(name: string): name is FunctionName {
  return hasOwn(FUNCTION_ARITY, name);
}

/** Attribute IDs are snake_case: a lowercase letter, then lowercase letters, digits or "_". */
export const ATTRIBUTE_ID = /^[a-z][a-z0-9_]*$/;

/** Words with a meaning of their own; they cannot be used as attribute IDs. */
export const KEYWORDS: readonly string[] = ["and", "or", "not", "in", "contains", "is", "null", "true", "false"];

export interface LiteralNode {
  type: typeof LITERAL;
  value: LiteralValue;
  span?: Span;
}
export interface ListNode {
  type: typeof LIST;
  items: LiteralNode[];
  span?: Span;
}
export interface DurationNode {
  type: typeof DURATION;
  amount: number;
  unit: DurationUnit;
  span?: Span;
}
export interface AttributeNode {
  type: typeof ATTRIBUTE;
  name: string;
  span?: Span;
}
export interface CallNode {
  type: typeof CALL;
  callee: FunctionName;
  args: Node[];
  span?: Span;
}
export interface NegateNode {
  type: typeof NEGATE;
  operand: Node;
  span?: Span;
}
export interface NotNode {
  type: typeof NOT;
  operand: Node;
  span?: Span;
}
export interface ArithmeticNode {
  type: typeof ARITHMETIC;
  operator: ArithmeticOperator;
  left: Node;
  right: Node;
  span?: Span;
}
export interface LogicalNode {
  type: typeof LOGICAL;
  operator: LogicalOperator;
  left: Node;
  right: Node;
  span?: Span;
}
export interface CompareNode {
  type: typeof COMPARE;
  operator: CompareOperator;
  left: Node;
  right: Node;
  span?: Span;
}
export interface InNode {
  type: typeof IN;
  negated: boolean;
  operand: Node;
  list: ListNode;
  span?: Span;
}
export interface ContainsNode {
  type: typeof CONTAINS;
  left: Node;
  right: Node;
  span?: Span;
}
export interface IsNullNode {
  type: typeof IS_NULL;
  negated: boolean;
  operand: Node;
  span?: Span;
}

export type Node =
  | LiteralNode
  | ListNode
  | DurationNode
  | AttributeNode
  | CallNode
  | NegateNode
  | NotNode
  | ArithmeticNode
  | LogicalNode
  | CompareNode
  | InNode
  | ContainsNode
  | IsNullNode;

export type NodeType = Node["type"];

/** Direct children, left to right. */
export function childrenOf(node: Node): Node[] {
  switch (node.type) {
    case LITERAL:
    case DURATION:
    case ATTRIBUTE:
      return [];
    case LIST:
      return node.items;
    case CALL:
      return node.args;
    case NEGATE:
    case NOT:
    case IS_NULL:
      return [node.operand];
    case IN:
      return [node.operand, node.list];
    case ARITHMETIC:
    case LOGICAL:
    case COMPARE:
    case CONTAINS:
      return [node.left, node.right];
  }
}

/** A deep copy without `span` fields, for structural comparison. */
export function stripSpans<T extends Node>(node: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "span") continue;
    if (Array.isArray(value)) copy[key] = value.map((item: Node) => stripSpans(item));
    else if (value !== null && typeof value === "object") copy[key] = stripSpans(value as Node);
    else copy[key] = value;
  }
  return copy as T;
}

/** Attribute IDs in order of first appearance, without repeats. */
export function referencedAttributes(node: Node): string[] {
  const seen = new Set<string>();
  visitAttributes(node, seen);
  return [...seen];
}

// Walks the fields directly: childrenOf's arrays were most of this walk's time on every Validate.
function visitAttributes(node: Node, seen: Set<string>): void {
  switch (node.type) {
    case ATTRIBUTE:
      seen.add(node.name);
      return;
    case CALL:
      for (const arg of node.args) visitAttributes(arg, seen);
      return;
    case NEGATE:
    case NOT:
    case IS_NULL:
    case IN:
      visitAttributes(node.operand, seen);
      return;
    case ARITHMETIC:
    case LOGICAL:
    case COMPARE:
    case CONTAINS:
      visitAttributes(node.left, seen);
      visitAttributes(node.right, seen);
      return;
  }
}
