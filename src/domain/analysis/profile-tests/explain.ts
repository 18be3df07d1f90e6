// Which part of a condition decided its value for one person, said the way a
// marketer reads it: `days_since(signup_date) <= 14 was false: 45 days`.
// For `and` the deciding part is the first conjunct that was false (or null),
// for `or` the first disjunct that was true (or null); `not` passes to its
// operand. A comparison shows the values it compared.

import { CALL, COMPARE, CONTAINS, DURATION, IN, IS_NULL, LIST, LITERAL, LOGICAL, NOT, childrenOf, evaluate, print } from "../../logic";
import type { Node, Person, Value } from "../../logic";

/** The smallest sub-expression that fixes `node`'s value for this person. */
export function decidingPart(node: Node, person: Person, now: Date): Node {
  if (node.type === NOT) return decidingPart(node.operand, person, now);
  if (node.type !== LOGICAL) return node;
  const value = evaluate(node, person, now);
  // The value `and` stops at is false, `or` stops at true; with neither, a null side decides.
  const stop = node.operator !== "and";
  const wanted = value === stop ? stop : value === null ? null : undefined;
  if (wanted === undefined) return node; // every side agreed: the whole expression decided
  const side = [node.left, node.right].find((part) => evaluate(part, person, now) === wanted) ?? node.left;
  return decidingPart(side, person, now);
}

/** `<part> was <value>: <what it compared>` for the part that decided `node`. */
export function explainCondition(node: Node, person: Person, now: Date): string {
  const part = decidingPart(node, person, now);
  const details = operandValues(part, person, now);
  return `${print(part)} was ${showCondition(evaluate(part, person, now))}${details.length > 0 ? `: ${details.join(", ")}` : ""}`;
}

/** The values a comparison looked at; a bare attribute or call already shows its value as "was …". */
function operandValues(node: Node, person: Person, now: Date): string[] {
  if (node.type !== COMPARE && node.type !== IN && node.type !== CONTAINS && node.type !== IS_NULL) return [];
  return childrenOf(node)
    .filter((operand) => operand.type !== LITERAL && operand.type !== LIST && operand.type !== DURATION)
    .map((operand) => describeValue(operand, evaluate(operand, person, now)));
}

function describeValue(node: Node, value: Value): string {
  if (node.type === CALL && value !== null && (node.callee === "days_since" || node.callee === "hours_since")) {
    const unit = node.callee === "days_since" ? "day" : "hour";
    return `${value} ${unit}${value === 1 ? "" : "s"}`;
  }
  return `${print(node)} is ${showValue(value)}`;
}

function showCondition(value: Value): string {
  return value === null ? "null (a value is missing)" : String(value);
}

/** A value as the Person cell would write it. */
export function showValue(value: Value): string {
  if (value === null) return "null";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
  }
  if (Array.isArray(value)) return `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
