// Expressions and people for the engine differential test, wider than the
// logic tests' arbitraries where engines and the evaluator used to part:
// doubles near overflow and underflow, texts beyond ASCII (final sigma,
// dotted İ, astral characters that UTF-16 orders below U+FF61), empty lists
// beside missing items. Every tree is well typed over SAMPLE_ATTRIBUTES.

import fc from "fast-check";
import type { ArithmeticOperator, CompareOperator, DurationUnit, Node, Value } from "../../../src/domain/logic";
import { and, arith, attr, call, cmp, contains, duration, inList, isNull, lit, neg, not, or } from "../logic/arbitrary";

/** Doubles where PostgreSQL raises, DuckDB gives infinity and the evaluator gives null or 0. */
export const EXTREME_NUMBERS = [1e308, 1.7976931348623157e308, 2 ** 1023, 1e200, 1e154, 1e-154, 1e-200, 1e-308, 2 ** -1074, 3e-320, 0.5, 2];

/** Texts whose case or order differ between Unicode tables, locales and encodings. */
export const WIDE_TEXTS = [
  "ΟΔΟΣ",
  "Σ",
  "σ",
  "İstanbul",
  "istanbul",
  "ISTANBUL",
  "straße",
  "STRASSE",
  "😀",
  "\uFF61",
  "é",
  "e\u0301",
  "DE",
  "de",
  "",
  "Zz",
  "ǅ",
];

const CHARS = ["a", "Z", "Σ", "İ", "ß", "😀", "\uFF61", "\uE000", "é", " ", "'", '"', "\\"];

const FEATURES = ["export", "share", "😀", "İ"];
const PLANS = ["free", "pro", "enterprise"];

const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
const numberLiteral = fc
  .oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(...EXTREME_NUMBERS), anyDouble.map(Math.abs))
  .map((n) => lit(n));
const textLiteral = fc.oneof(fc.constantFrom(...WIDE_TEXTS), fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 4 })).map(lit);

const compareOperator = fc.constantFrom<CompareOperator>("=", "!=", "<", "<=", ">", ">=");
const arithmeticOperator = fc.constantFrom<ArithmeticOperator>("+", "-", "*", "/");
const range = { min: new Date("2024-01-01T00:00:00Z"), max: new Date("2026-01-01T00:00:00Z"), noInvalidDate: true };
const dateAttribute = fc.constantFrom("signup_date", "last_seen_at").map(attr);

type Expressions = { bool: Node; num: Node; str: Node };

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
    fc.tuple(fc.subarray(PLANS, { minLength: 1 }), fc.boolean()).map(([ps, n]) => inList(attr("plan"), ps, n)),
    fc.tuple(fc.array(fc.constantFrom(...WIDE_TEXTS), { maxLength: 3 }), fc.boolean()).map(([cs, n]) => inList(attr("country"), cs, n)),
    fc.constantFrom(...FEATURES).map((f) => contains(attr("features_used"), lit(f))),
    fc
      .tuple(
        compareOperator,
        fc.constantFrom("days_since" as const, "hours_since" as const),
        dateAttribute,
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom<DurationUnit>("h", "d", "w"),
      )
      .map(([op, fn, d, n, unit]) => cmp(op, call(fn, d), duration(n, unit))),
    fc.tuple(compareOperator, fc.date(range)).map(([op, d]) => cmp(op, attr("last_seen_at"), lit(d.toISOString()))),
    fc.tuple(compareOperator, fc.date(range)).map(([op, d]) => cmp(op, attr("signup_date"), lit(d.toISOString().slice(0, 10)))),
    compareOperator.map((op) => cmp(op, attr("signup_date"), attr("last_seen_at"))),
    fc.constantFrom("mrr", "country", "email", "features_used", "last_seen_at").map((a) => isNull(attr(a))),
  );
  const options = { depthSize: "small" as const, maxDepth: 4 };
  return {
    bool: fc.oneof(
      options,
      boolLeaf,
      fc.tuple(tie("bool"), tie("bool")).map(([l, r]) => and(l, r)),
      fc.tuple(tie("bool"), tie("bool")).map(([l, r]) => or(l, r)),
      tie("bool").map(not),
      fc.tuple(compareOperator, tie("num"), tie("num")).map(([op, l, r]) => cmp(op, l, r)),
      fc.tuple(compareOperator, tie("str"), tie("str")).map(([op, l, r]) => cmp(op, l, r)),
      tie("str").map((s) => contains(attr("features_used"), s)),
      tie("str").map((s) => not(contains(attr("features_used"), s))),
      fc.tuple(tie("num"), fc.boolean()).map(([x, n]) => isNull(x, n)),
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

export const wideCondition: fc.Arbitrary<Node> = expressions.bool;
export const wideNumber: fc.Arbitrary<Node> = expressions.num;

const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 4 });
const signed = (arb: fc.Arbitrary<number>) => fc.tuple(arb, fc.boolean()).map(([x, minus]) => (minus ? -x : x) + 0);

export const widePerson: fc.Arbitrary<Record<string, Value>> = fc.record({
  plan: nullable(fc.constantFrom(...PLANS)),
  signup_date: nullable(fc.date(range).map((d) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`))),
  last_seen_at: nullable(fc.date(range)),
  onboarding_done: nullable(fc.boolean()),
  seats_used: nullable(fc.integer({ min: -20, max: 20 })),
  mrr: nullable(signed(fc.oneof(fc.constantFrom(0, 10, 499.5, ...EXTREME_NUMBERS), anyDouble.map(Math.abs)))),
  country: nullable(fc.constantFrom(...WIDE_TEXTS)),
  email: nullable(fc.oneof(fc.constantFrom(...WIDE_TEXTS), fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 4 }))),
  features_used: nullable(fc.subarray(FEATURES)),
});
