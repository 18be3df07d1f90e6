import { analyzeExpression, type AttributeInfo } from "../../src/domain/logic";
import { validateWorkbook } from "../../src/domain/validation";
import { largeWorkbook } from "../fixtures/large-workbook";
import { medianMs, pairedRuns, round, spread } from "./measure";

/**
 * Domain validation of 10,000 attributes, 2,000 profiles, 5,000 activations
 * against a JSON round trip of the same cells: the checks alone, and with the
 * dead-logic and shadowing analyses of issue 10.
 */
export function validationTiming() {
  const raw = largeWorkbook({ attributes: 10_000, profiles: 2_000, activations: 5_000, invalidShare: 0.1 });
  const now = new Date("2026-11-25T00:00:00Z");
  const roundTrip = () => JSON.parse(JSON.stringify(raw));
  const checks = pairedRuns(() => validateWorkbook(raw, { now, analyses: false }), roundTrip);
  const all = pairedRuns(() => validateWorkbook(raw, { now }), roundTrip);
  return [
    {
      "JSON round trip ms": spread(checks.baseline),
      "checks ms": spread(checks.work),
      "checks / JSON (goal ≤ 5)": spread(checks.ratios),
      "with analyses ms": spread(all.work),
      "all / JSON (goal ≤ 8)": spread(all.ratios),
    },
  ];
}

/** Expressions parsed and type-checked per second, over realistic eligibility rules. */
export function expressionThroughput() {
  const attributes = new Map<string, AttributeInfo>([
    ["plan", { id: "plan", type: "enum", allowedValues: ["free", "pro", "enterprise"] }],
    ["signup_date", { id: "signup_date", type: "date", allowedValues: [] }],
    ["onboarding_done", { id: "onboarding_done", type: "boolean", allowedValues: [] }],
    ["seats_used", { id: "seats_used", type: "integer", allowedValues: [] }],
    ["country", { id: "country", type: "string", allowedValues: [] }],
  ]);
  const expressions = [
    'plan = "free" and days_since(signup_date) <= 14 and not onboarding_done',
    'seats_used >= 5 and country in ["DE", "FR", "NL"] or plan = "enterprise"',
    "coalesce(seats_used, 0) * 2 + 3 > 10 and signup_date is not null",
  ];
  const count = 30_000;
  const ms = medianMs(() => {
    for (let i = 0; i < count; i++) analyzeExpression(expressions[i % expressions.length], attributes, "boolean");
  }, 3);
  return [{ expressions: count, ms: round(ms), "per second": Math.round((count / ms) * 1000) }];
}
