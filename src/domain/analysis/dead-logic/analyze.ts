// The three questions validation asks of profile logic, each answered only
// when proven: an eligibility no one meets (DEAD_LOGIC), a suppression true
// whenever the eligibility is (DEAD_LOGIC), and a higher-priority profile that
// takes everyone a lower one would get on a channel (SHADOWED_PROFILE).
// Anything the analysis cannot prove is "unknown" / false, never a finding.

import { COMPARE, LITERAL, print } from "../../logic";
import type { AttributeInfo, Node } from "../../logic";
import { ALWAYS, TooComplex, and, or } from "./dnf";
import type { Dnf } from "./dnf";
import { Outcomes } from "./outcomes";

export type Verdict = "dead" | "satisfiable" | "unknown";

export interface DeadLogicResult {
  verdict: Verdict;
  /** For "dead": why, e.g. `seats_used > 10 and seats_used < 5 can never both be true`. */
  reason?: string;
}

/** What makes a person a member: Eligibility true, Suppression not true, Score ≥ threshold. */
export interface MembershipLogic {
  eligibility: Node;
  suppression?: Node;
  score?: { expression: Node; threshold: number };
}

type Attributes = ReadonlyMap<string, AttributeInfo>;

/**
 * "dead" when no person, at any time, makes `condition` true; "satisfiable"
 * when some person provably does; "unknown" otherwise.
 */
export function analyzeDeadLogic(condition: Node, attributes: Attributes): DeadLogicResult {
  return deadLogicWith(new Outcomes(attributes), condition);
}

function deadLogicWith(outcomes: Outcomes, condition: Node): DeadLogicResult {
  return guarded<DeadLogicResult>(
    () => {
      const when = outcomes.of(condition, "true");
      if (when.conjuncts.length === 0) {
        return { verdict: "dead", reason: when.reasons.join("; ") || `${print(condition)} can never be true` };
      }
      return { verdict: when.conjuncts.some((conjunct) => conjunct.exact) ? "satisfiable" : "unknown" };
    },
    { verdict: "unknown" },
  );
}

/**
 * True only when every person whose `eligibility` is true has `suppression`
 * true, so the profile can have no member. Also true, vacuously, for a dead
 * eligibility: check that first.
 */
export function impliedBy(suppression: Node, eligibility: Node, attributes: Attributes): boolean {
  return impliedWith(new Outcomes(attributes), suppression, eligibility);
}

function impliedWith(outcomes: Outcomes, suppression: Node, eligibility: Node): boolean {
  return guarded(() => isEmpty(and(outcomes.of(eligibility, "true"), outcomes.of(suppression, "notTrue"))), false);
}

/**
 * A profile's two DEAD_LOGIC questions at once: is its eligibility dead,
 * and if not, does its suppression remove everyone eligible. The
 * eligibility's outcomes are worked out once for both.
 */
export function analyzeMembershipLogic(
  eligibility: Node,
  suppression: Node | undefined,
  attributes: Attributes,
): { eligibility: DeadLogicResult; suppressesAll: boolean } {
  const outcomes = new Outcomes(attributes);
  const verdict = deadLogicWith(outcomes, eligibility);
  return {
    eligibility: verdict,
    suppressesAll: verdict.verdict !== "dead" && suppression !== undefined && impliedWith(outcomes, suppression, eligibility),
  };
}

/**
 * True only when every member of `lower` is also a member of `higher`, so on
 * a channel where `higher` comes first `lower` never gets anyone. Vacuously
 * true when `lower` can have no member at all.
 */
export function covers(higher: MembershipLogic, lower: MembershipLogic, attributes: Attributes): boolean {
  return guarded(() => {
    const outcomes = new Outcomes(attributes);
    return isEmpty(and(member(outcomes, lower), notMember(outcomes, higher)));
  }, false);
}

function member(outcomes: Outcomes, logic: MembershipLogic): Dnf {
  return and(
    outcomes.of(logic.eligibility, "true"),
    logic.suppression ? outcomes.of(logic.suppression, "notTrue") : ALWAYS,
    logic.score ? outcomes.of(reachesThreshold(logic.score), "true") : ALWAYS,
  );
}

function notMember(outcomes: Outcomes, logic: MembershipLogic): Dnf {
  return or(
    outcomes.of(logic.eligibility, "notTrue"),
    ...(logic.suppression ? [outcomes.of(logic.suppression, "true")] : []),
    ...(logic.score ? [outcomes.of(reachesThreshold(logic.score), "notTrue")] : []),
  );
}

/** `score >= threshold` as a condition, so scores of a simple form are reasoned about like any comparison. */
function reachesThreshold(score: { expression: Node; threshold: number }): Node {
  return { type: COMPARE, operator: ">=", left: score.expression, right: { type: LITERAL, value: score.threshold } };
}

function isEmpty(dnf: Dnf): boolean {
  return dnf.conjuncts.length === 0;
}

function guarded<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof TooComplex) return fallback;
    throw error;
  }
}
