import { describe, expect, it } from "vitest";
import { parseExpression, type Node } from "../../../src/domain/logic";
import {
  parseExpectedOutcome,
  parsePerson,
  runChannelTest,
  runProfileTest,
  type TestedProfile,
} from "../../../src/domain/analysis/profile-tests";
import { NOW, SAMPLE_ATTRIBUTES } from "../logic/sample";

function parse(text: string): Node {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

function person(text: string) {
  const parsed = parsePerson(text, SAMPLE_ATTRIBUTES);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("; "));
  return parsed.person;
}

const profile = (
  id: string,
  eligibility: string,
  extra: { suppression?: string; score?: string; threshold?: number } = {},
): TestedProfile => ({
  id,
  eligibility: parse(eligibility),
  suppression: extra.suppression === undefined ? undefined : parse(extra.suppression),
  score: extra.score === undefined ? undefined : parse(extra.score),
  threshold: extra.threshold,
});

const newFree = profile("new-free", 'plan = "free" and days_since(signup_date) <= 14 and not onboarding_done', {
  suppression: 'country in ["DE", "FR"]',
});

describe("Person cells", () => {
  it("reads every kind of value; attributes not named are null", () => {
    const p = person(
      'plan = "free"; signup_date = 2025-06-01; onboarding_done = false; features_used = ["a","b"]; seats_used = 3; last_seen_at = 2025-06-01T10:00:00Z; country = null',
    );
    expect(p).toEqual({
      plan: "free",
      signup_date: new Date("2025-06-01T00:00:00Z"),
      onboarding_done: false,
      features_used: ["a", "b"],
      seats_used: 3,
      last_seen_at: new Date("2025-06-01T10:00:00Z"),
      country: null,
    });
    expect(p.mrr).toBeUndefined();
  });

  it("accepts newlines, a trailing semicolon, quoted dates, single quotes and escapes", () => {
    expect(person("seats_used = -2\nsignup_date = \"2025-06-01\";\ncountry = 'D\\'E';")).toEqual({
      seats_used: -2,
      signup_date: new Date("2025-06-01T00:00:00Z"),
      country: "D'E",
    });
    expect(person("")).toEqual({});
  });

  it("points at a malformed value with a caret", () => {
    const parsed = parsePerson('plan = "free"; seats_used = 3x', SAMPLE_ATTRIBUTES);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatchObject({ kind: "syntax", index: 28 });
    expect(parsed.errors[0].caret).toBe('plan = "free"; seats_used = 3x\n                            ^');
  });

  it("reports a missing =, a missing quote and a missing separator, each at its position", () => {
    const parsed = parsePerson('plan "free"; country = "DE; seats_used = 1 mrr = 2', SAMPLE_ATTRIBUTES);
    expect(parsed.ok ? [] : parsed.errors.map((e) => [e.index, e.message])).toEqual([
      [5, 'Expected "=" after plan at position 6'],
      [23, 'The text starting at position 24 has no closing "'],
    ]);
    const missing = parsePerson("seats_used = 1 mrr = 2", SAMPLE_ATTRIBUTES);
    expect(missing.ok ? [] : missing.errors.map((e) => [e.index, e.message])).toEqual([
      [15, 'Expected ";" before the next attribute at position 16, but found "m"'],
    ]);
  });

  it("suggests the closest attribute for an unknown one", () => {
    const parsed = parsePerson("signup_dat = 2025-06-01", SAMPLE_ATTRIBUTES);
    expect(parsed.ok ? [] : parsed.errors).toMatchObject([
      {
        kind: "unknown_attribute",
        index: 0,
        length: 10,
        suggestion: "signup_date",
        message: 'Unknown attribute "signup_dat". Did you mean "signup_date"?',
      },
    ]);
  });

  it("names both types when a value does not fit", () => {
    const messages = (text: string) => {
      const parsed = parsePerson(text, SAMPLE_ATTRIBUTES);
      return parsed.ok ? [] : parsed.errors.map((e) => e.message);
    };
    expect(messages("seats_used = 2.5")).toEqual(["seats_used is an integer, 2.5 is a number"]);
    expect(messages('signup_date = "yes"')).toEqual(['signup_date is a date, "yes" is a string']);
    expect(messages("signup_date = 2025-06-01T10:00:00Z")).toEqual([
      "signup_date is a date, 2025-06-01T10:00:00Z is a timestamp; write the day only, e.g. 2025-06-01",
    ]);
    expect(messages('plan = "fre"')).toEqual([
      'plan is an enum; "fre" is not one of its allowed values (free, pro, enterprise). Did you mean "free"?',
    ]);
    expect(messages("country = DE")).toEqual(['Text must be in quotes at position 11: write "DE"']);
    expect(messages('features_used = "a"')).toEqual(['features_used is a string_list, "a" is a string']);
    expect(messages("seats_used = 1; seats_used = 2")).toEqual(["seats_used is given twice; keep one value"]);
    expect(messages("signup_date = 2025-02-30")).toEqual(["2025-02-30 is not a valid date or time"]);
  });
});

describe("a profile's test", () => {
  it("passes when the outcome is the expected one", () => {
    const result = runProfileTest(newFree, person('plan = "free"; signup_date = 2025-06-05; onboarding_done = false'), "member", NOW);
    expect(result).toMatchObject({ passed: true, actual: "member", expected: "member" });
  });

  it("explains a failure by the part of the expression that decided", () => {
    const result = runProfileTest(newFree, person('plan = "free"; signup_date = 2025-05-01; onboarding_done = false'), "member", NOW);
    expect(result).toEqual({
      passed: false,
      actual: "not eligible",
      expected: "member",
      explanation: "Eligibility was not true: days_since(signup_date) <= 14 was false: 45 days",
    });
  });

  it("names the missing value when a null decided", () => {
    const result = runProfileTest(newFree, person('plan = "free"; signup_date = 2025-06-10'), "member", NOW);
    expect(result.explanation).toBe("Eligibility was not true: onboarding_done was null (a value is missing)");
  });

  it("reports suppression and score thresholds", () => {
    const suppressed = runProfileTest(
      newFree,
      person('plan = "free"; signup_date = 2025-06-10; onboarding_done = false; country = "DE"'),
      "member",
      NOW,
    );
    expect(suppressed).toMatchObject({
      actual: "suppressed",
      explanation: 'Suppression was true: country in ["DE", "FR"] was true: country is "DE"',
    });
    const scored = profile("big", 'plan = "pro"', { score: "seats_used * 2", threshold: 10 });
    expect(runProfileTest(scored, person('plan = "pro"; seats_used = 3'), "below threshold", NOW)).toMatchObject({
      passed: true,
      explanation: "Score seats_used * 2 was 6, below the threshold 10",
    });
    expect(runProfileTest(scored, person('plan = "pro"; seats_used = 5'), "member", NOW).passed).toBe(true);
  });

  it("reads Expected forgivingly and lists the outcomes otherwise", () => {
    expect(parseExpectedOutcome(" Not-Eligible ")).toEqual({ ok: true, outcome: "not eligible" });
    expect(parseExpectedOutcome("yes")).toEqual({
      ok: false,
      message: 'Expected must be one of member, not eligible, suppressed, below threshold (got "yes")',
    });
  });
});

describe("a channel's decision tree", () => {
  const channel = [newFree, profile("any-free", 'plan = "free"'), profile("pros", 'plan = "pro"')];
  const fresh = person('plan = "free"; signup_date = 2025-06-10; onboarding_done = false');

  it("picks the first profile, in priority order, the person is a member of", () => {
    expect(runChannelTest(channel, fresh, "new-free", NOW)).toMatchObject({ passed: true, actual: "new-free" });
    expect(runChannelTest(channel, person('plan = "free"; onboarding_done = true'), "any-free", NOW)).toMatchObject({
      passed: true,
      actual: "any-free",
    });
    expect(runChannelTest(channel, person('plan = "enterprise"'), "none", NOW)).toMatchObject({
      passed: true,
      actual: "none",
      expected: "none",
    });
  });

  it("explains why the expected profile lost", () => {
    const result = runChannelTest(channel, fresh, "any-free", NOW);
    expect(result.passed).toBe(false);
    expect(result.explanation).toContain("any-free comes after new-free and would be member");
    expect(runChannelTest(channel, person('plan = "enterprise"'), "pros", NOW).explanation).toBe(
      'No profile on this channel takes the person. pros would be not eligible: Eligibility was not true: plan = "pro" was false: plan is "enterprise"',
    );
    expect(runChannelTest(channel, fresh, "ghost", NOW).explanation).toContain("ghost is not activated on this channel");
  });
});
