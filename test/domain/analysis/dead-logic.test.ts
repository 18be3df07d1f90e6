import { describe, expect, it } from "vitest";
import { parseExpression, type AttributeInfo, type Node } from "../../../src/domain/logic";
import { analyzeDeadLogic, covers, impliedBy } from "../../../src/domain/analysis/dead-logic";
import { SAMPLE_ATTRIBUTES, SAMPLE_ATTRIBUTE_LIST } from "../logic/sample";

function parse(text: string): Node {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

// `tier` is an enum whose Allowed values changed after the logic was written:
// the type checker would now reject `tier = "gold"`, the analysis still copes.
const ATTRIBUTES: ReadonlyMap<string, AttributeInfo> = new Map([
  ...SAMPLE_ATTRIBUTES,
  ["tier", { id: "tier", type: "enum", allowedValues: ["bronze", "silver"] }],
]);

const verdict = (text: string) => analyzeDeadLogic(parse(text), ATTRIBUTES).verdict;

describe("dead or satisfiable", () => {
  const dead = [
    // numbers
    "seats_used > 10 and seats_used < 5",
    "seats_used >= 5 and seats_used <= 4",
    "seats_used > 3 and seats_used < 4", // integers: nothing strictly between
    "seats_used = 2.5",
    "seats_used = 3 and seats_used != 3",
    "mrr > 100 and mrr <= 100",
    "seats_used + 1 > 5 and seats_used < 4",
    "-seats_used > 0 and seats_used > 0",
    "seats_used in [1, 2] and seats_used > 2",
    "len(features_used) < 0",
    // dates and times
    "days_since(signup_date) <= 7 and days_since(signup_date) > 30",
    "days_since(signup_date) <= 14d and days_since(signup_date) > 2w",
    "hours_since(last_seen_at) < 1d and hours_since(last_seen_at) >= 24",
    'signup_date >= "2025-06-01" and signup_date < "2025-01-01"',
    'signup_date > "2025-06-01" and signup_date < "2025-06-02"', // dates are whole days
    'last_seen_at = "2025-06-01T10:00:00Z" and last_seen_at > "2025-06-01T12:00:00+01:00"',
    // nulls
    "seats_used is null and seats_used > 3",
    "seats_used is null and seats_used is not null",
    "signup_date is null and days_since(signup_date) < 30",
    'features_used is null and features_used contains "export"',
    "null and onboarding_done",
    "not (seats_used is null or seats_used is not null)",
    // enums and text
    'plan = "free" and plan = "pro"',
    'plan in ["free", "pro"] and plan = "enterprise"',
    'tier = "gold"',
    'tier in ["gold", "platinum"]',
    'plan not in ["free", "pro", "enterprise"]',
    'country = "DE" and country in ["FR", "US"]',
    // booleans, not, lists
    "onboarding_done and not onboarding_done",
    "onboarding_done = true and onboarding_done = false",
    "coalesce(onboarding_done, false) and onboarding_done is null",
    "not (seats_used > 3 or seats_used <= 3)",
    '(plan = "free" or plan = "pro") and plan = "enterprise"',
    'features_used contains "api" and not features_used contains "api"',
    "false",
    "not true",
  ];
  const satisfiable = [
    'plan = "free" and days_since(signup_date) <= 14 and not onboarding_done',
    "seats_used > 3 and seats_used <= 4",
    "mrr > 3 and mrr < 4", // real numbers: 3.5
    "seats_used + 1 > 5 and seats_used <= 5",
    "days_since(signup_date) <= 7 and days_since(last_seen_at) > 30",
    'signup_date >= "2025-06-01" and signup_date < "2025-06-02"',
    "seats_used is null or seats_used > 3",
    "not onboarding_done",
    "onboarding_done is null or not onboarding_done",
    'plan != "free"',
    'country not in ["DE", "FR"]',
    'features_used contains "api" and not features_used contains "sso"',
    "(seats_used > 3) = (mrr > 10)",
    "len(features_used) = 0",
    "null or onboarding_done",
  ];
  const unknown = [
    "mrr / seats_used > 3", // arithmetic on two attributes
    'country < "M"', // text order is not modelled
    'days_since(signup_date) > 3 and signup_date > "2025-01-01"', // linked through now
    "signup_date < last_seen_at",
  ];

  it.each(dead)("dead: %s", (text) => expect(verdict(text)).toBe("dead"));
  it.each(satisfiable)("satisfiable: %s", (text) => expect(verdict(text)).toBe("satisfiable"));
  it.each(unknown)("unknown: %s", (text) => expect(verdict(text)).toBe("unknown"));

  it("names the clashing parts", () => {
    expect(analyzeDeadLogic(parse("seats_used > 10 and seats_used < 5"), ATTRIBUTES).reason).toBe(
      "seats_used > 10 and seats_used < 5 can never both be true",
    );
    expect(analyzeDeadLogic(parse('plan = "free" and seats_used is null and seats_used > 3'), ATTRIBUTES).reason).toBe(
      "seats_used is null and seats_used > 3 can never both be true",
    );
    expect(analyzeDeadLogic(parse('tier = "gold"'), ATTRIBUTES).reason).toBe(
      'tier = "gold" can never be true: tier allows only "bronze", "silver"',
    );
  });

  it("gives up on expressions too large to expand, without a verdict", () => {
    const wide = Array.from({ length: 14 }, (_, i) => `(seats_used > ${i} or mrr < ${i})`).join(" and ");
    expect(verdict(wide)).toBe("unknown");
  });

  it("stays silent on attributes it does not know", () => {
    const partial = new Map(SAMPLE_ATTRIBUTE_LIST.filter((a) => a.id !== "seats_used").map((a) => [a.id, a]));
    expect(analyzeDeadLogic(parse("seats_used > 10 and seats_used < 5"), partial).verdict).toBe("unknown");
  });
});

describe("suppression implied by eligibility", () => {
  const implied = (suppression: string, eligibility: string) => impliedBy(parse(suppression), parse(eligibility), ATTRIBUTES);

  it("proves a suppression that catches every eligible person", () => {
    expect(implied("seats_used > 5", 'plan = "free" and seats_used > 10')).toBe(true);
    expect(implied("days_since(signup_date) > 7", "days_since(signup_date) >= 30")).toBe(true);
    expect(implied("onboarding_done is not null", "onboarding_done")).toBe(true);
    expect(implied('plan != "enterprise"', 'plan in ["free", "pro"]')).toBe(true);
  });

  it("does not claim it when some eligible person escapes", () => {
    expect(implied("seats_used > 10", "seats_used > 5")).toBe(false);
    // null: an eligible person with no country is not suppressed
    expect(implied('country = "DE"', 'plan = "free"')).toBe(false);
    expect(implied("not onboarding_done", 'plan = "free"')).toBe(false);
  });
});

describe("a higher-priority profile covers a lower one", () => {
  const profile = (eligibility: string, suppression?: string, score?: { expression: string; threshold: number }) => ({
    eligibility: parse(eligibility),
    suppression: suppression === undefined ? undefined : parse(suppression),
    score: score && { expression: parse(score.expression), threshold: score.threshold },
  });

  it("when the lower audience is inside the higher one", () => {
    expect(covers(profile('plan = "free"'), profile('plan = "free" and seats_used > 3'), ATTRIBUTES)).toBe(true);
    expect(covers(profile("seats_used > 3", 'country = "DE"'), profile("seats_used > 5", 'country in ["DE", "FR"]'), ATTRIBUTES)).toBe(
      true,
    );
    expect(
      covers(
        profile('plan = "pro"', undefined, { expression: "seats_used", threshold: 3 }),
        profile('plan = "pro" and seats_used >= 10'),
        ATTRIBUTES,
      ),
    ).toBe(true);
  });

  it("not when some lower member falls outside", () => {
    expect(covers(profile('plan = "free" and seats_used > 3'), profile('plan = "free"'), ATTRIBUTES)).toBe(false);
    expect(covers(profile('plan = "free"', "onboarding_done"), profile('plan = "free"'), ATTRIBUTES)).toBe(false);
    expect(
      covers(profile('plan = "pro"', undefined, { expression: "seats_used", threshold: 3 }), profile('plan = "pro"'), ATTRIBUTES),
    ).toBe(false);
  });
});
