// The same semantics as evaluate.ts, but the tree is walked once and turned
// into nested closures, so evaluating many people does no switching on node
// types and re-reads no literals. Literal work (ISO texts, list items,
// durations) is done at compile time.

import { ARITHMETIC, ATTRIBUTE, CALL, COMPARE, CONTAINS, DURATION, IN, IS_NULL, LIST, LITERAL, LOGICAL, NEGATE, NOT } from "./ast";
import type { CallNode, CompareNode, Node } from "./ast";
import { durationValue, isDuration } from "./durations";
import * as v from "./values";
import type { Person, Value } from "./values";

export type Compiled = (person: Person, now: Date) => Value;

const constant =
  (value: Value): Compiled =>
  () =>
    value;

export function compileExpression(ast: Node): Compiled {
  switch (ast.type) {
    case LITERAL:
      return constant(ast.value);
    case LIST: {
      const items = ast.items.map((item) => item.value);
      return constant(items.every((item) => typeof item === "string") ? (items as string[]) : null);
    }
    case DURATION:
      return constant(null);
    case ATTRIBUTE: {
      const name = ast.name;
      return (person) => v.readValue(person, name);
    }
    case CALL:
      return compileCall(ast);
    case NEGATE: {
      const operand = compileExpression(ast.operand);
      return (person, now) => v.negate(operand(person, now));
    }
    case NOT: {
      const operand = compileExpression(ast.operand);
      return (person, now) => v.not(operand(person, now));
    }
    case LOGICAL: {
      const left = compileExpression(ast.left);
      const right = compileExpression(ast.right);
      if (ast.operator === "and") {
        return (person, now) => {
          const x = v.asLogical(left(person, now));
          return x === false ? false : v.and(x, right(person, now));
        };
      }
      return (person, now) => {
        const x = v.asLogical(left(person, now));
        return x === true ? true : v.or(x, right(person, now));
      };
    }
    case ARITHMETIC: {
      const { operator } = ast;
      const left = compileExpression(ast.left);
      const right = compileExpression(ast.right);
      return (person, now) => v.arithmetic(operator, left(person, now), right(person, now));
    }
    case COMPARE:
      return compileCompare(ast);
    case IN: {
      const operand = compileExpression(ast.operand);
      const items = ast.list.items.map((item) => item.value);
      if (ast.negated) return (person, now) => v.not(v.inList(operand(person, now), items));
      return (person, now) => v.inList(operand(person, now), items);
    }
    case CONTAINS: {
      const left = compileExpression(ast.left);
      const right = compileExpression(ast.right);
      return (person, now) => v.contains(left(person, now), right(person, now));
    }
    case IS_NULL: {
      const operand = compileExpression(ast.operand);
      if (ast.negated) return (person, now) => operand(person, now) !== null;
      return (person, now) => operand(person, now) === null;
    }
  }
}

function compileCompare(ast: CompareNode): Compiled {
  const { operator } = ast;
  const left = isDuration(ast.left) ? constant(durationValue(ast.left, ast.right)) : compileExpression(ast.left);
  const right = isDuration(ast.right) ? constant(durationValue(ast.right, ast.left)) : compileExpression(ast.right);
  // An ISO text compared with a date is parsed once, here, rather than per person.
  const rightText = isoText(ast.right);
  const leftText = isoText(ast.left);
  if (rightText !== undefined) {
    const date = v.parseIsoDate(rightText) as Date;
    return (person, now) => {
      const value = left(person, now);
      return v.compare(operator, value, value instanceof Date ? date : rightText);
    };
  }
  if (leftText !== undefined) {
    const date = v.parseIsoDate(leftText) as Date;
    return (person, now) => {
      const value = right(person, now);
      return v.compare(operator, value instanceof Date ? date : leftText, value);
    };
  }
  return (person, now) => v.compare(operator, left(person, now), right(person, now));
}

/** The text of a string literal that reads as an ISO date, if `node` is one. */
function isoText(node: Node): string | undefined {
  return node.type === LITERAL && typeof node.value === "string" && v.parseIsoDate(node.value) !== null ? node.value : undefined;
}

function compileCall(ast: CallNode): Compiled {
  const args = ast.args.map(compileExpression);
  const [first] = args;
  switch (ast.callee) {
    case "days_since":
      return (person, now) => v.daysSince(first(person, now), now);
    case "hours_since":
      return (person, now) => v.hoursSince(first(person, now), now);
    case "lower":
      return (person, now) => v.lower(first(person, now));
    case "len":
      return (person, now) => v.length(first(person, now));
    case "coalesce":
      return (person, now) => {
        for (const arg of args) {
          const value = arg(person, now);
          if (value !== null) return value;
        }
        return null;
      };
  }
}
