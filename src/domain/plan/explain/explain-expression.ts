// The public entry for one expression: a condition (Eligibility,
// Suppression) or a value (Score), in plain language.

import type { Node } from "../../logic";
import { conditionWords, isCondition } from "./conditions";
import type { AttributeLookup } from "./facts";
import { capitalize, compact, toPlainText } from "./inline";
import { valueWords } from "./values";

/**
 * A plain-language rendering, e.g. "Plan is “free”, Signup date was within
 * the last 14 days, and Onboarding done is not true". What has no faithful
 * wording appears as the exact expression in backticks.
 */
export function explainExpression(ast: Node, attributes: AttributeLookup): string {
  const runs = isCondition(ast, attributes) ? conditionWords(ast, attributes, false) : valueWords(ast, attributes);
  return toPlainText(capitalize(compact(runs)));
}
