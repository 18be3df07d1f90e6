import { Environment } from "@marcbachmann/cel-js";
import { analyzeExpression, type AttributeInfo } from "../../src/domain/logic";
import { validateWorkbook } from "../../src/domain/validation";
import { largeWorkbook } from "../fixtures/large-workbook";
import { pairedRuns, spread } from "./measure";

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

/** Each rule's text made unique by its index, so neither library can answer from a cache of texts it saw. */
const unique = (rules: readonly string[], joiner: string) => (i: number) => `${rules[i % rules.length]} ${joiner} seats_used != ${i}`;

/**
 * Expressions parsed and type-checked per second, over realistic eligibility
 * rules, against the same rules in CEL checked by @marcbachmann/cel-js in the
 * same run (a peer library, as a reference: the goal is to reach it). Median
 * of 5 paired runs, min and max.
 */
export function expressionThroughput() {
  const attributes = new Map<string, AttributeInfo>([
    ["plan", { id: "plan", type: "enum", allowedValues: ["free", "pro", "enterprise"] }],
    ["signup_date", { id: "signup_date", type: "date", allowedValues: [] }],
    ["onboarding_done", { id: "onboarding_done", type: "boolean", allowedValues: [] }],
    ["seats_used", { id: "seats_used", type: "integer", allowedValues: [] }],
    ["country", { id: "country", type: "string", allowedValues: [] }],
  ]);
  const ours = unique(
    [
      'plan = "free" and days_since(signup_date) <= 14 and not onboarding_done',
      'seats_used >= 5 and country in ["DE", "FR", "NL"] or plan = "enterprise"',
      "coalesce(seats_used, 0) * 2 + 3 > 10 and signup_date is not null",
    ],
    "and",
  );
  const cel = new Environment()
    .registerVariable("plan", "string")
    .registerVariable("signup_date", "google.protobuf.Timestamp")
    .registerVariable("onboarding_done", "bool")
    .registerVariable("seats_used", "int")
    .registerVariable("country", "string")
    .registerFunction("days_since(google.protobuf.Timestamp): int", () => 0n)
    .registerFunction("coalesce(int, int): int", (value: bigint) => value);
  const theirs = unique(
    [
      'plan == "free" && days_since(signup_date) <= 14 && !onboarding_done',
      'seats_used >= 5 && country in ["DE", "FR", "NL"] || plan == "enterprise"',
      "coalesce(seats_used, 0) * 2 + 3 > 10 && !onboarding_done",
    ],
    "&&",
  );
  for (let i = 0; i < 3; i++) {
    if (!analyzeExpression(ours(i), attributes, "boolean").ok) throw new Error(`bench rule does not check: ${ours(i)}`);
    if (!cel.check(theirs(i)).valid) throw new Error(`bench CEL rule does not check: ${theirs(i)}`);
  }
  const count = 30_000;
  const runs = pairedRuns(
    () => {
      for (let i = 0; i < count; i++) analyzeExpression(ours(i), attributes, "boolean");
    },
    () => {
      for (let i = 0; i < count; i++) cel.check(theirs(i));
    },
  );
  const perSecond = (ms: number) => Math.round((count / ms) * 1000);
  return [
    {
      expressions: count,
      "ms (median)": spread(runs.work),
      "per second": perSecond(median(runs.work)),
      "cel-js per second": perSecond(median(runs.baseline)),
      "time / cel-js (goal ≤ 1)": spread(runs.ratios),
    },
  ];
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
