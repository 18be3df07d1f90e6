// fast-check arbitraries for the logic language: well-typed expressions over
// the sample attributes (sample.ts) and people to evaluate them on. Reused by
// later differential tests (evaluator vs SQL on DuckDB) and the dead-logic
// soundness test, so every generated tree type-checks (a property asserts it)
// and is exactly what parse(print(tree)) gives back: no spans, no negative
// number literals outside lists, no NaN or infinite numbers.

import fc from "fast-check";
import {
  ARITHMETIC,
  ATTRIBUTE,
  CALL,
  COMPARE,
  CONTAINS,
  DURATION,
  IN,
  IS_NULL,
  LIST,
  LITERAL,
  LOGICAL,
  NEGATE,
  NOT,
} from "../../../src/domain/logic";
import type {
  ArithmeticOperator,
  CompareOperator,
  DurationUnit,
  FunctionName,
  LiteralNode,
  LiteralValue,
  Node,
  Value,
} from "../../../src/domain/logic";

// --- node builders (no spans) ----------------------------------------------

export const lit = (value: LiteralValue): LiteralNode => ({ type: LITERAL, value });
export const attr = (name: string): Node => ({ type: ATTRIBUTE, name });
export const call = (callee: FunctionName, ...args: Node[]): Node => ({ type: CALL, callee, args });
export const cmp = (operator: CompareOperator, left: Node, right: Node): Node => ({ type: COMPARE, operator, left, right });
export const arith = (operator: ArithmeticOperator, left: Node, right: Node): Node => ({ type: ARITHMETIC, operator, left, right });
export const and = (left: Node, right: Node): Node => ({ type: LOGICAL, operator: "and", left, right });
export const or = (left: Node, right: Node): Node => ({ type: LOGICAL, operator: "or", left, right });
export const not = (operand: Node): Node => ({ type: NOT, operand });
export const neg = (operand: Node): Node => ({ type: NEGATE, operand });
export const duration = (amount: number, unit: DurationUnit): Node => ({ type: DURATION, amount, unit });
export const inList = (operand: Node, values: LiteralValue[], negated = false): Node => ({
  type: IN,
  negated,
  operand,
  list: { type: LIST, items: values.map(lit) },
});
export const contains = (left: Node, right: Node): Node => ({ type: CONTAINS, left, right });
export const isNull = (operand: Node, negated = false): Node => ({ type: IS_NULL, negated, operand });

// --- vocabularies ----------------------------------------------------------

export const PLANS = ["free", "pro", "enterprise"] as const;
export const COUNTRIES = ["DE", "FR", "US", "de", ""] as const;
export const FEATURES = ["export", "share", "api", "sso"] as const;

const compareOperator = fc.constantFrom<CompareOperator>("=", "!=", "<", "<=", ">", ">=");
const equalityOperator = fc.constantFrom<CompareOperator>("=", "!=");
const arithmeticOperator = fc.constantFrom<ArithmeticOperator>("+", "-", "*", "/");

/** Non-negative finite numbers, integers more often (parsed literals are never negative). */
export const numberLiteral = fc
  .oneof(
    fc.integer({ min: 0, max: 1000 }),
    fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
  )
  .map(lit);

export const textLiteral = fc.oneof(fc.constantFrom(...COUNTRIES, ...FEATURES), fc.string({ maxLength: 6 })).map(lit);

const isoDate = fc
  .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2026-01-01T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoTimestamp = fc
  .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2026-01-01T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());

const dateAttribute = fc.constantFrom("signup_date", "last_seen_at").map(attr);
const durationLiteral = fc
  .tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom<DurationUnit>("h", "d", "w"))
  .map(([n, u]) => duration(n, u));

// --- expressions -------------------------------------------------------------

// A type alias, not an interface: fc.letrec's typed overload needs an index-compatible record.
type Expressions = {
  bool: Node;
  num: Node;
  str: Node;
};

const MAX_DEPTH = 5;

const expressions = fc.letrec<Expressions>((tie) => {
  const numLeaf = fc.oneof(
    fc.constantFrom("seats_used", "mrr").map(attr),
    numberLiteral,
    dateAttribute.map((d) => call("days_since", d)),
    fc.constant(call("hours_since", attr("last_seen_at"))),
    fc.constant(call("len", attr("features_used"))),
  );
  const strLeaf = fc.oneof(fc.constantFrom("country", "email").map(attr), textLiteral);
  const boolLeaf = fc.oneof(
    fc.constant(attr("onboarding_done")),
    fc.constantFrom<LiteralValue>(true, false).map(lit),
    fc.tuple(equalityOperator, fc.constantFrom(...PLANS)).map(([op, p]) => cmp(op, attr("plan"), lit(p))),
    fc.tuple(fc.subarray([...PLANS], { minLength: 1 }), fc.boolean()).map(([ps, n]) => inList(attr("plan"), ps, n)),
    fc
      .tuple(fc.array(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([cs, n]) => inList(attr("country"), cs, n)),
    fc.tuple(fc.array(fc.integer({ min: -5, max: 20 }), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([xs, n]) =>
      inList(
        attr("seats_used"),
        xs.map((x) => x + 0),
        n,
      ),
    ),
    fc.constantFrom(...FEATURES).map((f) => contains(attr("features_used"), lit(f))),
    fc
      .tuple(compareOperator, fc.constantFrom<FunctionName>("days_since", "hours_since"), dateAttribute, durationLiteral, fc.boolean())
      .map(([op, fn, d, dur, flip]) => (flip ? cmp(op, dur, call(fn, d)) : cmp(op, call(fn, d), dur))),
    fc.tuple(compareOperator, isoDate).map(([op, d]) => cmp(op, attr("signup_date"), lit(d))),
    fc.tuple(compareOperator, isoTimestamp).map(([op, d]) => cmp(op, attr("last_seen_at"), lit(d))),
    compareOperator.map((op) => cmp(op, attr("signup_date"), attr("last_seen_at"))),
    fc
      .tuple(
        fc.constantFrom(
          ...["plan", "signup_date", "last_seen_at", "onboarding_done", "seats_used", "mrr", "country", "features_used", "email"],
        ),
        fc.boolean(),
      )
      .map(([a, n]) => isNull(attr(a), n)),
    fc.constant(call("coalesce", attr("onboarding_done"), lit(false))),
  );
  const options = { depthSize: "small" as const, maxDepth: MAX_DEPTH, withCrossShrink: true };
  return {
    bool: fc.oneof(
      options,
      boolLeaf,
      fc.tuple(tie("bool"), tie("bool")).map(([l, r]) => and(l, r)),
      fc.tuple(tie("bool"), tie("bool")).map(([l, r]) => or(l, r)),
      tie("bool").map(not),
      // null only inside and / or: a bare null literal may not be compared (x = null is a type error)
      fc.tuple(tie("bool"), fc.boolean()).map(([b, first]) => (first ? or(lit(null), b) : and(b, lit(null)))),
      fc.tuple(compareOperator, tie("num"), tie("num")).map(([op, l, r]) => cmp(op, l, r)),
      fc.tuple(compareOperator, tie("str"), tie("str")).map(([op, l, r]) => cmp(op, l, r)),
      fc.tuple(tie("num"), fc.boolean()).map(([x, n]) => isNull(x, n)),
      tie("str").map((s) => contains(attr("features_used"), s)),
      fc.tuple(equalityOperator, tie("bool"), tie("bool")).map(([op, l, r]) => cmp(op, l, r)),
    ),
    num: fc.oneof(
      options,
      numLeaf,
      fc.tuple(arithmeticOperator, tie("num"), tie("num")).map(([op, l, r]) => arith(op, l, r)),
      tie("num").map(neg),
      fc.tuple(tie("num"), tie("num")).map(([a, b]) => call("coalesce", a, b)),
    ),
    str: fc.oneof(
      options,
      strLeaf,
      tie("str").map((s) => call("lower", s)),
      fc.tuple(tie("str"), tie("str")).map(([a, b]) => call("coalesce", a, b)),
    ),
  };
});

/** Well-typed conditions (Eligibility / Suppression) over SAMPLE_ATTRIBUTES. */
export const booleanExpression: fc.Arbitrary<Node> = expressions.bool;
/** Well-typed numeric expressions (Score) over SAMPLE_ATTRIBUTES. */
export const numericExpression: fc.Arbitrary<Node> = expressions.num;

// --- people ----------------------------------------------------------------

const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 4 });
const range = { min: new Date("2024-01-01T00:00:00Z"), max: new Date("2026-01-01T00:00:00Z"), noInvalidDate: true };

/** A person with a value (or null) for every sample attribute. */
export const personArbitrary: fc.Arbitrary<Record<string, Value>> = fc.record({
  plan: nullable(fc.constantFrom(...PLANS)),
  signup_date: nullable(fc.date(range).map((d) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`))),
  last_seen_at: nullable(fc.date(range)),
  onboarding_done: nullable(fc.boolean()),
  seats_used: nullable(fc.integer({ min: 0, max: 20 })),
  mrr: nullable(fc.oneof(fc.constantFrom(0, 10, 499.5), fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }))),
  country: nullable(fc.constantFrom(...COUNTRIES)),
  email: nullable(fc.constantFrom("a@example.com", "B@EXAMPLE.COM", "")),
  features_used: nullable(fc.subarray([...FEATURES])),
});

export const nowArbitrary: fc.Arbitrary<Date> = fc.date(range);
