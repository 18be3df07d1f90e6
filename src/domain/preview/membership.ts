// Whether one person belongs to one profile, and why not: the product rule
// (DESIGN section 1) in the vocabulary of the Profile tests sheet. Closures
// are compiled once per expression (compileExpression), never per person.

import { compileExpression } from "../logic";
import type { Compiled, Node, Person } from "../logic";

export type Membership = "member" | "not eligible" | "suppressed" | "below threshold";

export interface ProfileEvaluator {
  id: string;
  /** 1 = first on a channel; null or undefined = after every numbered profile. */
  priority?: number | null;
  eligibility: Compiled;
  suppression?: Compiled | null;
  score?: Compiled | null;
  /** Without a threshold the score does not decide membership. */
  scoreThreshold?: number | null;
}

export interface ProfileLogicTrees {
  id: string;
  priority?: number | null;
  eligibility: Node;
  suppression?: Node | null;
  score?: Node | null;
  scoreThreshold?: number | null;
}

export function compileProfileEvaluator(profile: ProfileLogicTrees): ProfileEvaluator {
  return {
    id: profile.id,
    priority: profile.priority ?? null,
    eligibility: compileExpression(profile.eligibility),
    suppression: profile.suppression ? compileExpression(profile.suppression) : null,
    score: profile.score ? compileExpression(profile.score) : null,
    scoreThreshold: profile.scoreThreshold ?? null,
  };
}

/** Eligibility must be true; a suppression that is null does not suppress; a null score is below any threshold. */
export function membershipOf(profile: ProfileEvaluator, person: Person, now: Date): Membership {
  if (profile.eligibility(person, now) !== true) return "not eligible";
  if (profile.suppression && profile.suppression(person, now) === true) return "suppressed";
  if (profile.score && profile.scoreThreshold != null) {
    const score = profile.score(person, now);
    if (typeof score !== "number" || !(score >= profile.scoreThreshold)) return "below threshold";
  }
  return "member";
}
