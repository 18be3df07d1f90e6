import { describe, expect, it } from "vitest";
import { parseExpression } from "../../../../src/domain/logic";
import type { Node } from "../../../../src/domain/logic";
import { explainExpression } from "../../../../src/domain/plan/explain";
import { SAMPLE_LOOKUP } from "./sample-attributes";

function parsed(text: string): Node {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.ast;
}

const explain = (text: string) => explainExpression(parsed(text), SAMPLE_LOOKUP);

describe("explainExpression", () => {
  it.each([
    // the DESIGN example
    [
      'plan = "free" and days_since(signup_date) <= 14 and not onboarding_done',
      "Plan is “free”, Signup date was within the last 14 days, and Onboarding done is not true",
    ],
    // comparisons
    ['plan != "free"', "Plan is not “free”"],
    ["seats_used >= 10", "Seats used is at least 10"],
    ["seats_used < 3", "Seats used is less than 3"],
    ["10 < seats_used", "Seats used is more than 10"],
    ["mrr <= 99.5", "MRR is at most 99.5"],
    ["onboarding_done = false", "Onboarding done is false"],
    ['signup_date >= "2025-01-01"', "Signup date is on or after 2025-01-01"],
    ['last_seen_at < "2025-06-01T09:30:00Z"', "Last seen is before 2025-06-01T09:30:00Z"],
    // elapsed time, in both units, with numbers and durations
    ["days_since(signup_date) <= 14d", "Signup date was within the last 14 days"],
    ["days_since(signup_date) > 30", "Signup date was more than 30 days ago"],
    ["days_since(signup_date) < 2w", "Signup date was less than 2 weeks ago"],
    ["days_since(signup_date) >= 1", "Signup date was at least 1 day ago"],
    ["days_since(signup_date) = 0", "Signup date was today"],
    ["14 >= days_since(signup_date)", "Signup date was within the last 14 days"],
    ["hours_since(last_seen_at) < 24h", "Last seen was less than 24 hours ago"],
    ["hours_since(last_seen_at) > 12", "Last seen was more than 12 hours ago"],
    ["hours_since(last_seen_at) <= 1d", "Last seen was within the last 1 day"],
    ["not days_since(signup_date) <= 14", "Signup date was more than 14 days ago"],
    ["days_since(signup_date) <= 48h", "Signup date was within the last 48 hours"],
    ["days_since(signup_date) <= 12h", "`days_since(signup_date) <= 12h`"],
    ["not 12h < days_since(signup_date)", "`days_since(signup_date) <= 12h`"],
    ["days_since(trial_ends_on) <= -3", "Days since trial ends on is at most −3"],
    // membership and lists
    ['plan in ["pro", "enterprise"]', "Plan is one of “pro” or “enterprise”"],
    ['country in ["DE", "FR", "IT"]', "Country is one of “DE”, “FR” or “IT”"],
    ['country not in ["DE", "FR"]', "Country is none of “DE” or “FR”"],
    ['plan in ["pro"]', "Plan is “pro”"],
    ['not country in ["US"]', "Country is not “US”"],
    ['features_used contains "export"', "Features used includes “export”"],
    ['not features_used contains "export"', "Features used does not include “export”"],
    // nulls
    ["signup_date is null", "Has no Signup date"],
    ["mrr is not null", "Has an MRR"],
    ["not onboarding_done is null", "Has an Onboarding done"],
    ["trial_ends_on is not null", "Has a trial ends on"],
    ["coalesce(seats_used, 0) + mrr is null", "Seats used (or 0 when missing) + MRR has no value"],
    ["not days_since(signup_date) is null", "Days since Signup date has a value"],
    // booleans
    ["onboarding_done", "Onboarding done is true"],
    ["not unsubscribed", "Unsubscribed from email is not true"],
    ["not not onboarding_done", "Onboarding done is true"],
    ["true", "Always true"],
    // and / or, nesting and negated groups
    ['plan = "pro" or seats_used > 10', "Either Plan is “pro” or Seats used is more than 10"],
    ['plan = "pro" or plan = "enterprise" or onboarding_done', "Either Plan is “pro”, or Plan is “enterprise”, or Onboarding done is true"],
    [
      '(plan = "free" or plan = "pro") and not unsubscribed',
      "(Either Plan is “free” or Plan is “pro”) and Unsubscribed from email is not true",
    ],
    [
      'plan = "pro" or seats_used > 10 and onboarding_done',
      "Either Plan is “pro” or (Seats used is more than 10 and Onboarding done is true)",
    ],
    [
      "onboarding_done and (unsubscribed and seats_used > 1)",
      "Onboarding done is true, Unsubscribed from email is true, and Seats used is more than 1",
    ],
    ['not (plan = "free" or unsubscribed)', "Plan is not “free” and Unsubscribed from email is not true"],
    ["not (onboarding_done and seats_used >= 5)", "Either Onboarding done is not true or Seats used is less than 5"],
    // functions and arithmetic
    ['lower(country) = "de"', "Country (ignoring case) is “de”"],
    ["coalesce(seats_used, 0) < 100", "Seats used (or 0 when missing) is less than 100"],
    ["coalesce(onboarding_done, false)", "Onboarding done (or false when missing) is true"],
    [
      'coalesce(last_seen_at, signup_date, "2025-01-01") > "2025-03-01"',
      "The first present of Last seen, Signup date or 2025-01-01 is after 2025-03-01",
    ],
    ["len(features_used) >= 3", "The number of items in Features used is at least 3"],
    ["seats_used + 1 > 3", "Seats used + 1 is more than 3"],
    ["mrr / seats_used * 12", "MRR ÷ Seats used × 12"],
    ["mrr / (seats_used - 1)", "MRR ÷ (Seats used − 1)"],
    ["-(mrr - 5) * 2", "−(MRR − 5) × 2"],
    ["days_since(signup_date) * 2", "Days since Signup date × 2"],
    // attributes without a Display name, or not in the sheet
    ['trial_ends_on <= "2025-07-01"', "Trial ends on is on or before 2025-07-01"],
    ['crm_tier = "gold"', "Crm tier is “gold”"],
    // no faithful wording: the exact expression, in backticks
    ['country in ["DE", null]', '`country in ["DE", null]`'],
    ['not country in ["DE", null]', '`not country in ["DE", null]`'],
    ["(onboarding_done = true) = unsubscribed", "`(onboarding_done = true) = unsubscribed`"],
    ['plan = "free" and (onboarding_done = unsubscribed) = true', "Plan is “free” and `(onboarding_done = unsubscribed) = true`"],
  ])("%s", (expression, english) => {
    expect(explain(expression)).toBe(english);
  });

  it("keeps backticks in user text safe inside a fallback code span", () => {
    expect(explain('country in ["a`b", null]')).toBe('``country in ["a`b", null]``');
  });
});
