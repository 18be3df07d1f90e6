// "days_since(signup_date) <= 14" is the most common clause in a profile, and
// reads best as time elapsed: "Signup date was within the last 14 days".

import { CALL, COMPARE, DURATION, LITERAL, print } from "../../logic";
import type { CompareOperator, Node } from "../../logic";
import type { AttributeLookup } from "./facts";
import { code, text } from "./inline";
import type { Inline } from "./inline";
import { durationWords, valueWords } from "./values";

/** The elapsed-time wording, or undefined where the comparison is not of that shape. */
export function elapsedWords(left: Node, right: Node, operator: CompareOperator, attributes: AttributeLookup): Inline[] | undefined {
  if (left.type !== CALL || (left.callee !== "days_since" && left.callee !== "hours_since")) return undefined;
  const unit = left.callee === "days_since" ? "d" : "h";
  let amount: string;
  if (right.type === DURATION && unit === "d" && right.unit === "h" && right.amount % 24 !== 0) {
    // Whole days against part of a day (days_since(x) <= 12h is true only
    // on the day itself): no short wording is faithful, so show it exactly.
    return [code(print({ type: COMPARE, operator, left, right }))];
  }
  if (right.type === DURATION) amount = durationWords(right.amount, right.unit);
  else if (right.type === LITERAL && typeof right.value === "number" && right.value >= 0) amount = durationWords(right.value, unit);
  else return undefined;
  const subject = valueWords(left.args[0], attributes, true);
  const today = unit === "d" && right.type === LITERAL && right.value === 0;
  const phrases: Record<CompareOperator, string> = {
    "<=": `was within the last ${amount}`,
    "<": `was less than ${amount} ago`,
    ">": `was more than ${amount} ago`,
    ">=": `was at least ${amount} ago`,
    "=": today ? "was today" : `was exactly ${amount} ago`,
    "!=": today ? "was not today" : `was not exactly ${amount} ago`,
  };
  return [...subject, text(` ${phrases[operator]}`)];
}
