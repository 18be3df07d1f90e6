// The reference evaluator: walks the tree for one person. Used on sample
// data (profile tests) and as the oracle for the compiled form and the SQL
// compilers. Assumes a type-checked tree; anything ill-typed gives null.

import { ARITHMETIC, ATTRIBUTE, CALL, COMPARE, CONTAINS, DURATION, IN, IS_NULL, LIST, LITERAL, LOGICAL, NEGATE, NOT } from "./ast";
import type { CallNode, CompareNode, Node } from "./ast";
import { durationValue, isDuration } from "./durations";
import * as v from "./values";
import type { Person, Value } from "./values";

/** The expression's value for `person` at `now`. A person qualifies only when this is `true`. */
export function evaluate(ast: Node, person: Person, now: Date): Value {
  switch (ast.type) {
    case LITERAL:
      return ast.value;
    case LIST:
      return ast.items.every((item) => typeof item.value === "string") ? ast.items.map((item) => item.value as string) : null;
    case DURATION:
      return null; // only meaningful next to days_since / hours_since, see durations.ts
    case ATTRIBUTE:
      return v.readValue(person, ast.name);
    case CALL:
      return evaluateCall(ast, person, now);
    case NEGATE:
      return v.negate(evaluate(ast.operand, person, now));
    case NOT:
      return v.not(evaluate(ast.operand, person, now));
    case LOGICAL: {
      const left = v.asLogical(evaluate(ast.left, person, now));
      // Short cuts give the same answer as SQL: false and x = false, true or x = true.
      if (ast.operator === "and") return left === false ? false : v.and(left, evaluate(ast.right, person, now));
      return left === true ? true : v.or(left, evaluate(ast.right, person, now));
    }
    case ARITHMETIC:
      return v.arithmetic(ast.operator, evaluate(ast.left, person, now), evaluate(ast.right, person, now));
    case COMPARE:
      return evaluateCompare(ast, person, now);
    case IN: {
      const found = v.inList(
        evaluate(ast.operand, person, now),
        ast.list.items.map((item) => item.value),
      );
      return ast.negated ? v.not(found) : found;
    }
    case CONTAINS:
      return v.contains(evaluate(ast.left, person, now), evaluate(ast.right, person, now));
    case IS_NULL: {
      const isNull = evaluate(ast.operand, person, now) === null;
      return ast.negated ? !isNull : isNull;
    }
  }
}

function evaluateCompare(ast: CompareNode, person: Person, now: Date): Value {
  const left = isDuration(ast.left) ? durationValue(ast.left, ast.right) : evaluate(ast.left, person, now);
  const right = isDuration(ast.right) ? durationValue(ast.right, ast.left) : evaluate(ast.right, person, now);
  return v.compare(ast.operator, left, right);
}

function evaluateCall(ast: CallNode, person: Person, now: Date): Value {
  switch (ast.callee) {
    case "days_since":
      return v.daysSince(evaluate(ast.args[0], person, now), now);
    case "hours_since":
      return v.hoursSince(evaluate(ast.args[0], person, now), now);
    case "lower":
      return v.lower(evaluate(ast.args[0], person, now));
    case "len":
      return v.length(evaluate(ast.args[0], person, now));
    case "coalesce":
      for (const arg of ast.args) {
        const value = evaluate(arg, person, now);
        if (value !== null) return value;
      }
      return null;
  }
}
