import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkExpression, compileExpression, evaluate, parseExpression, print, stripSpans } from "../../../src/domain/logic";
import type { Node } from "../../../src/domain/logic";
import { booleanExpression, nowArbitrary, numericExpression, personArbitrary } from "./arbitrary";
import { NOW, SAMPLE_ATTRIBUTES, alice } from "./sample";

const RUNS = { numRuns: 400 };

function reparse(ast: Node): Node {
  const parsed = parseExpression(print(ast));
  if (!parsed.ok) throw new Error(`${parsed.error.message}\n${parsed.error.caret}`);
  return stripSpans(parsed.ast);
}

describe("generated expressions", () => {
  it("type-check as conditions and numbers", () => {
    fc.assert(
      fc.property(booleanExpression, (ast) => {
        const result = checkExpression(ast, SAMPLE_ATTRIBUTES, "boolean", print(ast));
        expect(result.errors).toEqual([]);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(numericExpression, (ast) => {
        expect(checkExpression(ast, SAMPLE_ATTRIBUTES, "number").errors).toEqual([]);
      }),
      RUNS,
    );
  });

  it("round-trip: parse(print(ast)) equals ast", () => {
    fc.assert(
      fc.property(booleanExpression, (ast) => {
        expect(reparse(ast)).toEqual(ast);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(numericExpression, (ast) => {
        expect(reparse(ast)).toEqual(ast);
      }),
      RUNS,
    );
  });

  it("print is a fixed point: print(parse(print(ast))) equals print(ast)", () => {
    fc.assert(
      fc.property(booleanExpression, (ast) => {
        expect(print(reparse(ast))).toBe(print(ast));
      }),
      RUNS,
    );
  });

  it("the compiled form agrees with the evaluator, nulls included", () => {
    fc.assert(
      fc.property(booleanExpression, fc.array(personArbitrary, { minLength: 1, maxLength: 5 }), nowArbitrary, (ast, people, now) => {
        const compiled = compileExpression(ast);
        for (const person of people) {
          const expected = evaluate(ast, person, now);
          expect(expected === null || typeof expected === "boolean").toBe(true);
          expect(compiled(person, now)).toEqual(expected);
        }
      }),
      RUNS,
    );
    fc.assert(
      fc.property(numericExpression, personArbitrary, nowArbitrary, (ast, person, now) => {
        const expected = evaluate(ast, person, now);
        expect(expected === null || typeof expected === "number").toBe(true);
        expect(compileExpression(ast)(person, now)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("the evaluator agrees with itself on the reparsed tree (spans change nothing)", () => {
    fc.assert(
      fc.property(booleanExpression, personArbitrary, nowArbitrary, (ast, person, now) => {
        const parsed = parseExpression(print(ast));
        expect(parsed.ok && evaluate(parsed.ast, person, now)).toEqual(parsed.ok && evaluate(ast, person, now));
      }),
      RUNS,
    );
  });
});

describe("parsing arbitrary text", () => {
  const tokens = [
    "plan",
    "signup_date",
    "seats_used",
    "features_used",
    "Plan",
    "x",
    "and",
    "OR",
    "not",
    "in",
    "not in",
    "contains",
    "is",
    "null",
    "true",
    "FALSE",
    "(",
    ")",
    "[",
    "]",
    ",",
    "=",
    "==",
    "!=",
    "<>",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "*",
    "/",
    '"free"',
    "'pro'",
    '"a\\"b"',
    '"unclosed',
    "12",
    "3.5",
    "1e3",
    "14d",
    "12H",
    "8w",
    "14x",
    "days_since(",
    "lower(",
    "coalesce(",
    "len(",
    "nope(",
    "&&",
    "!",
    ".",
    "“",
    " ",
    "\n",
    "\t",
  ];
  const soup = fc.array(fc.constantFrom(...tokens), { maxLength: 25 }).map((parts) => parts.join(" "));
  const tight = fc.array(fc.constantFrom(...tokens), { maxLength: 25 }).map((parts) => parts.join(""));

  it("never throws: it returns an AST or a located error", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), soup, tight), (text) => {
        const result = parseExpression(text);
        if (result.ok) {
          expect(() => checkExpression(result.ast, SAMPLE_ATTRIBUTES, "boolean")).not.toThrow();
          // Even ill-typed trees evaluate (to null where types clash) rather than throw.
          expect(evaluate(result.ast, alice, NOW)).toEqual(compileExpression(result.ast)(alice, NOW));
        } else {
          expect(result.error.index).toBeGreaterThanOrEqual(0);
          expect(result.error.index).toBeLessThanOrEqual(text.length);
          expect(result.error.caret).toContain("^");
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("whatever parses round-trips through the printer", () => {
    fc.assert(
      fc.property(fc.oneof(soup, tight), (text) => {
        const result = parseExpression(text);
        if (result.ok) expect(reparse(result.ast)).toEqual(stripSpans(result.ast));
      }),
      { numRuns: 2000 },
    );
  });
});
