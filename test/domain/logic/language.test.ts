// The language, table-driven: valid expressions with their value for three
// sample people (see sample.ts; now = 2025-06-15 12:00 UTC), and invalid
// ones with the message a marketer sees and where the caret points.

import { describe, expect, it } from "vitest";
import { analyzeExpression, compileExpression, evaluate, parseExpression } from "../../../src/domain/logic";
import type { Value } from "../../../src/domain/logic";
import { NOW, SAMPLE_ATTRIBUTES, alice, bob, carol } from "./sample";

type Row = [expression: string, alice: Value, bob: Value, carol: Value];

// alice: free, signed up 10 days ago, seen 3 h ago, not onboarded, 1 seat, mrr 0, DE, [export, share]
// bob:   pro, signed up 196 days ago, never seen, onboarded, 12 seats, mrr 499.5, US, [], no email
// carol: enterprise, email CAROL@EXAMPLE.COM, everything else null
const conditions: Row[] = [
  ['plan = "free" and days_since(signup_date) <= 14 and not onboarding_done', true, false, false],
  ['plan = "free"', true, false, false],
  ['plan != "free"', false, true, true],
  ['plan in ["pro", "enterprise"]', false, true, true],
  ['plan not in ["pro", "enterprise"]', true, false, false],
  ["days_since(signup_date) <= 14d", true, false, null],
  ["days_since(signup_date) < 2w", true, false, null],
  ["14d >= days_since(signup_date)", true, false, null],
  ["hours_since(last_seen_at) < 12h", true, null, null],
  ["hours_since(last_seen_at) <= 1d", true, null, null],
  ["days_since(last_seen_at) = 0", true, null, null],
  ["days_since(signup_date) <= 12h", false, false, null],
  ['signup_date >= "2025-06-01"', true, false, null],
  ['signup_date < "2025-01-01T00:00:00Z"', false, true, null],
  ['signup_date = "2025-06-05"', true, false, null],
  ["last_seen_at > signup_date", true, null, null],
  ['last_seen_at >= "2025-06-15T10:00:00+02:00"', true, null, null],
  ["onboarding_done", false, true, null],
  ["not onboarding_done", true, false, null],
  ["not not onboarding_done", false, true, null],
  ["onboarding_done is null", false, false, true],
  ["onboarding_done is not null", true, true, false],
  ["onboarding_done = true", false, true, null],
  ["seats_used > 10", false, true, null],
  ["seats_used + 1 > 10", false, true, null],
  ["seats_used * 2 + 1 = 3", true, false, null],
  ["1 + 2 * 3 = 7", true, true, true],
  ["(1 + 2) * 3 = 9", true, true, true],
  ["10 - 4 - 3 = 3", true, true, true],
  ["12 / 4 / 3 = 1", true, true, true],
  ["-seats_used < 0", true, true, null],
  ["mrr - seats_used * 10 < 0", true, false, null],
  ["mrr >= 499.5", false, true, null],
  ["mrr / 0 is null", true, true, true],
  ["mrr > 100 or seats_used > 10", false, true, null],
  ["seats_used > 10 or onboarding_done", false, true, null],
  ["seats_used > 10 and onboarding_done", false, true, null],
  ["null and false", false, false, false],
  ["null or true", true, true, true],
  ["null and true", null, null, null],
  ["null or false", null, null, null],
  ["not null", null, null, null],
  ['country in ["DE", "FR"]', true, false, null],
  ['country not in ["DE", "FR"]', false, true, null],
  ['country = "de"', false, false, null],
  ['lower(country) = "de"', true, false, null],
  ['lower(email) = "carol@example.com"', false, null, true],
  ['email != "alice@example.com"', false, null, true],
  ['email is null or email = ""', false, true, false],
  ['coalesce(email, "none") = "none"', false, true, false],
  ['features_used contains "export"', true, false, null],
  ['not features_used contains "export"', false, true, null],
  ['features_used is not null and not features_used contains "share"', false, true, false],
  ["len(features_used) >= 2", true, false, null],
  ["coalesce(seats_used, 0) = 0", false, false, true],
  ["coalesce(onboarding_done, false) = false", true, false, true],
  ['coalesce(last_seen_at, signup_date) > "2025-06-10"', true, false, null],
  ["seats_used in [1, 2, 3]", true, false, null],
  ["seats_used not in [1, 2, 3]", false, true, null],
  ["seats_used in [-1, 12]", false, true, null],
  ['days_since(signup_date) > 180 and plan = "pro"', false, true, false],
  ["hours_since(last_seen_at) is null", false, true, true],
  ['days_since("2025-06-01") = 14', true, true, true],
  ["(seats_used > 0) = true", true, true, null],
  ["days_since(signup_date) <= 14d and hours_since(last_seen_at) < 24h", true, false, null],
  // keyword case, quotes and operator spellings
  ['plan = "free" AND NOT onboarding_done', true, false, false],
  ["seats_used >= 1 Or mrr > 0", true, true, null],
  ["plan = 'free'", true, false, false],
  ['plan == "pro"', false, true, false],
  ['plan <> "pro"', true, false, true],
  ["plan IS NOT NULL and Days_Since(signup_date) IS NULL", false, false, true],
  ['not (plan = "free" or plan = "pro")', false, false, true],
  ['plan = "free" or plan = "pro" and seats_used > 100', true, false, false],
];

const numbers: Row[] = [
  ["days_since(signup_date)", 10, 196, null],
  ["hours_since(last_seen_at)", 3, null, null],
  ["mrr / seats_used", 0, 41.625, null],
  ["seats_used * 2 + mrr", 2, 523.5, null],
  ["mrr / 0", null, null, null],
  ["coalesce(mrr, 0) + len(coalesce(features_used, features_used))", 2, 499.5, null],
];

function evaluateText(expression: string, expected: "boolean" | "number", person: Record<string, Value>): Value {
  const analysis = analyzeExpression(expression, SAMPLE_ATTRIBUTES, expected);
  expect(analysis.errors).toEqual([]);
  const ast = analysis.ast!;
  const value = evaluate(ast, person, NOW);
  expect(compileExpression(ast)(person, NOW)).toEqual(value);
  return value;
}

describe("valid conditions", () => {
  it.each(conditions)("%s", (expression, a, b, c) => {
    expect([alice, bob, carol].map((person) => evaluateText(expression, "boolean", person))).toEqual([a, b, c]);
  });
});

describe("valid numeric expressions", () => {
  it.each(numbers)("%s", (expression, a, b, c) => {
    expect([alice, bob, carol].map((person) => evaluateText(expression, "number", person))).toEqual([a, b, c]);
  });
});

type Invalid = [expression: string, kind: string, message: string, index: number, suggestion?: string];

const invalid: Invalid[] = [
  ['plan = "free" and and x', "syntax", 'Expected a value after "and" at position 19, but found "and"', 18],
  ["plan = ", "syntax", 'Expected a value after "=" at position 8, but the expression ended', 7],
  ["not", "syntax", 'Expected a value after "not"', 3],
  ["mrr + + 1", "syntax", 'Expected a value after "+"', 6],
  ['(plan = "free"', "syntax", 'Expected ")" to close the "(" at position 1', 14],
  ['plan = "free")', "syntax", 'Unmatched ")"', 13],
  ['plan = "free" country', "syntax", 'Expected "and", "or" or an operator at position 15, but found "country"', 14],
  ['plan = "free', "syntax", "is never closed", 7],
  ["", "syntax", "Expression is empty", 0],
  ["   ", "syntax", "Expression is empty", 0],
  ["seats_used > 1 > 0", "syntax", "Comparisons cannot be chained", 15],
  ["onboarding_done is true", "syntax", 'Expected "null" or "not null" after "is"', 19],
  ['country not like "x"', "syntax", 'Expected "in" after "not"', 8],
  ['country in "DE"', "syntax", "Expected a list such as", 11],
  ["country in [country]", "syntax", "Lists can only hold plain values", 12],
  ['seats_used > 3 && plan = "pro"', "syntax", 'use "and"', 15],
  ["plan = “free”", "syntax", "curly quotes", 7],
  ['Plan = "free"', "syntax", "is not an attribute ID", 0, "plan"],
  ["days_since(signup_date) > 14days", "syntax", "is not a number or a duration", 26],
  ['country = "a\\n"', "syntax", "Unknown escape", 12],
  ["seats_used > .5", "syntax", "leading digit", 13],
  ["day_since(signup_date) > 3", "syntax", 'Unknown function "day_since" at position 1. Did you mean "days_since"?', 0, "days_since"],
  ["days_since(signup_date, 1) > 3", "syntax", "days_since takes 1 value, but 2 were given", 0],
  ["coalesce(seats_used) > 3", "syntax", "coalesce takes at least 2 values", 0],
  ["signup_dat is null", "unknown_attribute", 'Unknown attribute "signup_dat". Did you mean "signup_date"?', 0, "signup_date"],
  ["onboarding_done and unheard_of_thing", "unknown_attribute", 'Unknown attribute "unheard_of_thing".', 20],
  ['signup_date = "yes"', "type", 'signup_date is a date, "yes" is a string', 14],
  ['signup_date > "2025-02-30"', "type", 'signup_date is a date, "2025-02-30" is a string', 14],
  ['seats_used > "ten"', "type", 'seats_used is an integer, "ten" is a string', 13],
  ["country + 1 > 2", "type", '"+" needs numbers, but country is a string', 0],
  ["seats_used", "type", "This expression gives an integer, but a condition (true or false) is needed here", 0],
  ["onboarding_done and seats_used", "type", '"and" needs a condition (true or false) on each side, but seats_used is an integer', 20],
  ["not country", "type", '"not" needs a condition', 4],
  ["country = null", "type", 'use "is null" or "is not null" instead of "= null"', 10],
  ["seats_used < 14d", "type", "A duration such as 14d can only be compared with days_since(…) or hours_since(…)", 13],
  ["days_since(signup_date) * 1d > 3", "type", "A duration such as 1d", 26],
  ["days_since(country) > 3", "type", "days_since needs a date or timestamp, but country is a string", 11],
  ['country contains "D"', "type", '"contains" needs a string_list on its left, but country is a string', 0],
  ['features_used = "export"', "type", 'features_used is a string_list, which cannot be compared with "="; use "contains"', 0],
  ["features_used != features_used", "type", "features_used is a string_list", 0],
  ['features_used in ["a"]', "type", 'use "contains"', 0],
  ['plan < "pro"', "type", 'plan is an enum, which has no order: "<" cannot be used', 0],
  ["country in []", "type", 'The list after "in" is empty', 11],
  ['country in ["DE", null]', "type", "cannot hold null", 18],
  ['coalesce(seats_used, "x") > 1', "type", 'seats_used is an integer, "x" is a string: coalesce needs values of one type', 21],
  ['plan = "gold"', "enum_value", 'plan is an enum; "gold" is not one of its allowed values (free, pro, enterprise)', 7],
  ['plan = "Free"', "enum_value", '"Free" is not one of its allowed values (free, pro, enterprise). Did you mean "free"?', 7, "free"],
  ['plan in ["pro", "gold"]', "enum_value", '"gold" is not one of its allowed values', 16],
  ['coalesce(plan, "gold") = "pro"', "enum_value", '"gold" is not one of its allowed values', 15],
];

describe("invalid expressions", () => {
  it.each(invalid)("%s", (expression, kind, message, index, suggestion) => {
    const analysis = analyzeExpression(expression, SAMPLE_ATTRIBUTES, "boolean");
    expect(analysis.ok).toBe(false);
    const [first] = analysis.errors;
    expect(first).toMatchObject({ kind, index });
    expect(first.message).toContain(message);
    if (suggestion !== undefined) expect(first.suggestion).toBe(suggestion);
    expect(first.caret.split("\n")[1]).toBe(`${" ".repeat(index)}^`);
  });
});

describe("numeric expressions where a number is needed", () => {
  it("rejects a condition used as a Score", () => {
    const analysis = analyzeExpression("seats_used > 3", SAMPLE_ATTRIBUTES, "number");
    expect(analysis.errors[0].message).toBe("This expression gives a condition (true or false), but a number is needed here");
  });

  it("accepts integers and numbers alike", () => {
    expect(analyzeExpression("seats_used * 10 + mrr", SAMPLE_ATTRIBUTES, "number")).toMatchObject({ ok: true, type: "number" });
    expect(analyzeExpression("seats_used * 10", SAMPLE_ATTRIBUTES, "number")).toMatchObject({ ok: true, type: "integer" });
  });
});

it("parses every table row to the same value with both evaluators (sanity of the table itself)", () => {
  expect(conditions.length + numbers.length + invalid.length).toBeGreaterThanOrEqual(60);
  for (const [expression] of conditions) expect(parseExpression(expression).ok).toBe(true);
});
