// Canonical text for a tree: lowercase keywords, double quotes, single spaces,
// and only the parentheses the grammar needs, so parse(print(ast)) gives
// back the same tree (spans aside). Binary operators associate to the left,
// so a right operand of equal precedence keeps its parentheses.

import { ARITHMETIC, ATTRIBUTE, CALL, COMPARE, CONTAINS, DURATION, IN, IS_NULL, LIST, LITERAL, LOGICAL, NEGATE, NOT } from "./ast";
import type { LiteralValue, Node } from "./ast";

const OR = 1;
const AND = 2;
const NOT_LEVEL = 3;
const COMPARISON = 4;
const ADDITIVE = 5;
const MULTIPLICATIVE = 6;
const UNARY = 7;
const PRIMARY = 8;

export function precedence(node: Node): number {
  switch (node.type) {
    case LOGICAL:
      return node.operator === "or" ? OR : AND;
    case NOT:
      return NOT_LEVEL;
    case COMPARE:
    case IN:
    case CONTAINS:
    case IS_NULL:
      return COMPARISON;
    case ARITHMETIC:
      return node.operator === "+" || node.operator === "-" ? ADDITIVE : MULTIPLICATIVE;
    case NEGATE:
      return UNARY;
    default:
      return PRIMARY;
  }
}

export function print(node: Node): string {
  switch (node.type) {
    case LITERAL:
      return printLiteral(node.value);
    case LIST:
      return `[${node.items.map((item) => printLiteral(item.value)).join(", ")}]`;
    case DURATION:
      return `${node.amount}${node.unit}`;
    case ATTRIBUTE:
      return node.name;
    case CALL:
      return `${node.callee}(${node.args.map(print).join(", ")})`;
    case NEGATE:
      return `-${wrap(node.operand, UNARY)}`;
    case NOT:
      return `not ${wrap(node.operand, NOT_LEVEL)}`;
    case LOGICAL:
    case ARITHMETIC: {
      const level = precedence(node);
      return `${wrap(node.left, level)} ${node.operator} ${wrap(node.right, level + 1)}`;
    }
    case COMPARE:
      return `${wrap(node.left, ADDITIVE)} ${node.operator} ${wrap(node.right, ADDITIVE)}`;
    case CONTAINS:
      return `${wrap(node.left, ADDITIVE)} contains ${wrap(node.right, ADDITIVE)}`;
    case IN:
      return `${wrap(node.operand, ADDITIVE)} ${node.negated ? "not in" : "in"} ${print(node.list)}`;
    case IS_NULL:
      return `${wrap(node.operand, ADDITIVE)} ${node.negated ? "is not null" : "is null"}`;
  }
}

/** Prints `node`, in parentheses when it binds less tightly than `minimum`. */
function wrap(node: Node, minimum: number): string {
  const text = print(node);
  return precedence(node) < minimum ? `(${text})` : text;
}

export function printLiteral(value: LiteralValue): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}
