import { describe, expect, it } from "vitest";
import { parseExpression, print, stripSpans } from "../../../src/domain/logic";

function canonical(text: string): string {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(result.error.message);
  return print(result.ast);
}

describe("printer", () => {
  it.each([
    ["plan = 'free' AND NOT onboarding_done", 'plan = "free" and not onboarding_done'],
    ["a  ==  1 OR b <> 2", "a = 1 or b != 2"],
    ["((a = 1))", "a = 1"],
    ["(a or b) and c", "(a or b) and c"],
    ["a or (b and c)", "a or b and c"],
    ["a and (b and c)", "a and (b and c)"],
    ["a - (b - c)", "a - (b - c)"],
    ["(a - b) - c", "a - b - c"],
    ["-(a + b) * c", "-(a + b) * c"],
    ["- - a", "--a"],
    ["not (a = b)", "not a = b"],
    ["(not a) = b", "(not a) = b"],
    ["(a = b) = c", "(a = b) = c"],
    ['x IN ["a",  -3,TRUE,Null]', 'x in ["a", -3, true, null]'],
    ["x Not In [1]", "x not in [1]"],
    ["(a + 1) is NOT null", "a + 1 is not null"],
    ["DAYS_SINCE(d) <= 14D", "days_since(d) <= 14d"],
    ['"say \\"hi\\" \\\\"', '"say \\"hi\\" \\\\"'],
    ["'it\\'s'", '"it\'s"'],
    ["1e21 > 0.000001", "1e+21 > 0.000001"],
  ])("%s → %s", (input, output) => {
    expect(canonical(input)).toBe(output);
  });

  it("round-trips its own output", () => {
    const text = 'not (a or b) and c in [1, 2] or -(d - e) / f >= 3 and g contains lower("X")';
    const first = parseExpression(text);
    const second = parseExpression(canonical(text));
    expect(first.ok && second.ok && stripSpans(second.ast)).toEqual(first.ok && stripSpans(first.ast));
  });
});
