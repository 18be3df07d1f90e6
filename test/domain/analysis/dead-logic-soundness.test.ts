// Soundness: whatever the analysis proves impossible, no generated person
// makes happen. Expressions are biased towards contradictions (conjunctions,
// an expression against its own negation) so many of them are proved dead.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileExpression, print } from "../../../src/domain/logic";
import type { CompareOperator, DurationUnit, Node } from "../../../src/domain/logic";
import { analyzeDeadLogic, covers, impliedBy } from "../../../src/domain/analysis/dead-logic";
import {
  and,
  arith,
  attr,
  booleanExpression,
  call,
  cmp,
  contains,
  duration,
  inList,
  isNull,
  lit,
  neg,
  not,
  numericExpression,
  or,
} from "../logic/arbitrary";
import { SAMPLE_ATTRIBUTES } from "../logic/sample";
import { RANDOM_PEOPLE, boundaryPeople } from "./witnesses";
import type { Sample } from "./witnesses";

const RUNS = { numRuns: 200, seed: 7 };

/** Comparisons of one variable with small constants: narrow windows, where off-by-one errors live. */
const narrowAtom: fc.Arbitrary<Node> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom<CompareOperator>("=", "!=", "<", "<=", ">", ">="),
      fc.constantFrom(
        attr("seats_used"),
        attr("mrr"),
        call("days_since", attr("signup_date")),
        call("hours_since", attr("last_seen_at")),
        call("len", attr("features_used")),
        arith("+", attr("seats_used"), lit(2)),
        neg(call("days_since", attr("last_seen_at"))),
      ),
      fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(0.5, 2.5, 3.5)).map(lit),
    )
    .map(([op, x, c]) => cmp(op, x, c)),
  fc
    .tuple(
      fc.constantFrom<CompareOperator>("<", "<=", ">", ">=", "="),
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom("", "T00:00:00Z", "T12:00:00Z"),
    )
    .map(([op, d, time]) => cmp(op, attr(d % 2 ? "signup_date" : "last_seen_at"), lit(`2025-06-1${d}${time}`))),
  fc
    .tuple(
      fc.constantFrom<CompareOperator>("<", "<=", ">", ">=", "="),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom<DurationUnit>("d", "h"),
    )
    .map(([op, n, unit]) => cmp(op, call("days_since", attr("signup_date")), duration(n * (unit === "h" ? 12 : 1), unit))),
  fc.tuple(fc.subarray([0, 1, 2, 3, 4]), fc.boolean()).map(([xs, negated]) => inList(attr("seats_used"), xs.length ? xs : [9], negated)),
  fc
    .tuple(fc.constantFrom("export", "api"), fc.boolean())
    .map(([f, n]) => (n ? not(contains(attr("features_used"), lit(f))) : contains(attr("features_used"), lit(f)))),
  fc.tuple(fc.constantFrom("seats_used", "signup_date", "features_used"), fc.boolean()).map(([a, n]) => isNull(attr(a), n)),
);
const narrow: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    narrowAtom,
    fc.tuple(tie("node"), tie("node")).map(([a, b]) => and(a, b)),
    fc.tuple(tie("node"), tie("node")).map(([a, b]) => or(a, b)),
    tie("node").map(not),
  ),
})).node;

const contradictions: fc.Arbitrary<Node> = fc.oneof(
  fc.tuple(narrowAtom, narrowAtom).map(([a, b]) => and(a, b)),
  fc.tuple(narrowAtom, narrowAtom, narrowAtom).map(([a, b, c]) => and(and(a, b), not(c))),
  fc.tuple(narrow, narrow).map(([a, b]) => and(a, b)),
  fc.tuple(narrow, booleanExpression).map(([a, b]) => and(a, b)),
  fc.tuple(booleanExpression, booleanExpression).map(([a, b]) => and(a, b)),
  fc.tuple(booleanExpression, booleanExpression).map(([a, b]) => and(a, not(or(a, b)))),
  fc.tuple(booleanExpression, booleanExpression, booleanExpression).map(([a, b, c]) => and(and(a, b), c)),
  booleanExpression.map((a) => and(a, not(a))),
);

/** The first sample where `holds` is true, to show as the counterexample. */
function witness(samples: readonly Sample[], holds: (s: Sample) => boolean): Sample | undefined {
  return samples.find(holds);
}

function people(ast: Node, seed: number): Sample[] {
  return [...RANDOM_PEOPLE, ...boundaryPeople(ast, 2_000, seed)];
}

// Three properties of 200 runs over 2,000+ people each: a budget of their own, well above their ~25 s on a busy CI machine.
describe("dead-logic soundness", { timeout: 120_000 }, () => {
  it("no person makes an expression called dead true", () => {
    let dead = 0;
    fc.assert(
      fc.property(contradictions, fc.integer(), (ast, seed) => {
        if (analyzeDeadLogic(ast, SAMPLE_ATTRIBUTES).verdict !== "dead") return;
        dead += 1;
        const run = compileExpression(ast);
        const found = witness(people(ast, seed), ({ person, now }) => run(person, now) === true);
        expect(found, `${print(ast)} is true for ${JSON.stringify(found)}`).toBeUndefined();
      }),
      RUNS,
    );
    expect(dead).toBeGreaterThan(20); // the property must actually be exercised
  });

  it("impliedBy: no person is eligible without being suppressed", () => {
    let implied = 0;
    const pairs = fc.oneof(
      fc.tuple(booleanExpression, booleanExpression),
      fc.tuple(narrow, narrow),
      fc.tuple(narrow, narrow).map(([s, x]) => [or(s, x), x] as const),
      fc.tuple(booleanExpression, booleanExpression).map(([s, x]) => [s, and(s, x)] as const),
      fc.tuple(booleanExpression, booleanExpression).map(([e, x]) => [or(e, x), e] as const),
      fc.tuple(booleanExpression, booleanExpression, booleanExpression).map(([s, x, y]) => [or(s, y), and(x, s)] as const),
    );
    fc.assert(
      fc.property(pairs, fc.integer(), ([suppression, eligibility], seed) => {
        if (!impliedBy(suppression, eligibility, SAMPLE_ATTRIBUTES)) return;
        implied += 1;
        const s = compileExpression(suppression);
        const e = compileExpression(eligibility);
        const found = witness(
          people(and(eligibility, suppression), seed),
          ({ person, now }) => e(person, now) === true && s(person, now) !== true,
        );
        expect(found, `${print(eligibility)} without ${print(suppression)}: ${JSON.stringify(found)}`).toBeUndefined();
      }),
      RUNS,
    );
    expect(implied).toBeGreaterThan(20);
  });

  it("covers: every member of the lower profile is a member of the higher one", () => {
    let covered = 0;
    const profile = fc.record({
      eligibility: booleanExpression,
      suppression: fc.option(booleanExpression, { nil: undefined }),
      score: fc.option(fc.record({ expression: numericExpression, threshold: fc.integer({ min: -5, max: 20 }) }), { nil: undefined }),
    });
    const pairs = fc.oneof(
      fc.tuple(profile, profile),
      fc.tuple(profile, booleanExpression).map(([h, x]) => [h, { ...h, eligibility: and(h.eligibility, x) }] as const),
      fc
        .tuple(profile, booleanExpression, booleanExpression)
        .map(([h, x, y]) => [{ eligibility: or(h.eligibility, x) }, { eligibility: h.eligibility, suppression: y }] as const),
    );
    type Logic = { eligibility: Node; suppression?: Node; score?: { expression: Node; threshold: number } };
    const memberTest = (p: Logic) => {
      const e = compileExpression(p.eligibility);
      const s = p.suppression && compileExpression(p.suppression);
      const score = p.score && compileExpression(p.score.expression);
      return ({ person, now }: Sample) => {
        if (e(person, now) !== true || (s && s(person, now) === true)) return false;
        if (!score || !p.score) return true;
        const value = score(person, now);
        return typeof value === "number" && value >= p.score.threshold;
      };
    };
    fc.assert(
      fc.property(pairs, fc.integer(), ([higher, lower], seed) => {
        if (!covers(higher, lower, SAMPLE_ATTRIBUTES)) return;
        covered += 1;
        const inHigher = memberTest(higher);
        const inLower = memberTest(lower);
        const found = witness(people(and(lower.eligibility, higher.eligibility), seed), (s) => inLower(s) && !inHigher(s));
        expect(found, `${print(lower.eligibility)} escapes ${print(higher.eligibility)}: ${JSON.stringify(found)}`).toBeUndefined();
      }),
      RUNS,
    );
    expect(covered).toBeGreaterThan(20);
  });
});
