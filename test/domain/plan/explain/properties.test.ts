import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOT, parseExpression, referencedAttributes } from "../../../../src/domain/logic";
import { explainExpression } from "../../../../src/domain/plan/explain";
import { booleanExpression, numericExpression } from "../../logic/arbitrary";
import { SAMPLE_LOOKUP } from "./sample-attributes";

// A cheap guard against losing meaning: every attribute the expression reads
// is named in the explanation, by its Display name or inside exact code.
function namesEveryAttribute(explanation: string, ids: string[]): boolean {
  const lower = explanation.toLowerCase();
  return ids.every((id) => {
    const label = (SAMPLE_LOOKUP.get(id)?.displayName ?? id.replace(/_/g, " ")).toLowerCase();
    return lower.includes(label) || explanation.includes(id);
  });
}

// Every code span in the explanation is an expression of its own.
function codeSpansParse(explanation: string): boolean {
  return [...explanation.matchAll(/(`+) ?(.*?) ?\1/g)].every((match) => parseExpression(match[2]).ok);
}

describe("explainExpression properties", () => {
  it("names every attribute of a condition, and of its negation", () => {
    fc.assert(
      fc.property(booleanExpression, (ast) => {
        // A backtick in a text literal would confuse the code-span scan below.
        fc.pre(!JSON.stringify(ast).includes("`"));
        const ids = referencedAttributes(ast);
        for (const node of [ast, { type: NOT, operand: ast } as const]) {
          const explanation = explainExpression(node, SAMPLE_LOOKUP);
          expect(explanation.length).toBeGreaterThan(0);
          expect(namesEveryAttribute(explanation, ids)).toBe(true);
          expect(codeSpansParse(explanation)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("names every attribute of a score", () => {
    fc.assert(
      fc.property(numericExpression, (ast) => namesEveryAttribute(explainExpression(ast, SAMPLE_LOOKUP), referencedAttributes(ast))),
      { numRuns: 300 },
    );
  });
});
