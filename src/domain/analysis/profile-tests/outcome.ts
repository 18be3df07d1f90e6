// What a profile makes of one person (DESIGN section 1): a member when
// Eligibility is true, Suppression is not true and, if a Score is given,
// Score ≥ Score threshold; and which profile a channel's decision tree picks:
// the first, in priority order, the person is a member of.

import { evaluate, print } from "../../logic";
import type { Node, Person } from "../../logic";
import { explainCondition, showValue } from "./explain";

export const PROFILE_OUTCOMES = ["member", "not eligible", "suppressed", "below threshold"] as const;
export type ProfileOutcome = (typeof PROFILE_OUTCOMES)[number];

export interface TestedProfile {
  id: string;
  eligibility: Node;
  suppression?: Node;
  score?: Node;
  /** Without a threshold a Score decides nothing (validation reports the missing threshold). */
  threshold?: number | null;
}

export interface Judgement {
  outcome: ProfileOutcome;
  /** Which part decided, e.g. `Eligibility was not true: days_since(signup_date) <= 14 was false: 45 days`. */
  explanation: string;
}

export function judge(profile: TestedProfile, person: Person, now: Date): Judgement {
  if (evaluate(profile.eligibility, person, now) !== true) {
    return { outcome: "not eligible", explanation: `Eligibility was not true: ${explainCondition(profile.eligibility, person, now)}` };
  }
  const reasons = [`Eligibility was true: ${explainCondition(profile.eligibility, person, now)}`];
  if (profile.suppression) {
    const because = explainCondition(profile.suppression, person, now);
    if (evaluate(profile.suppression, person, now) === true)
      return { outcome: "suppressed", explanation: `Suppression was true: ${because}` };
    reasons.push(`Suppression was not true: ${because}`);
  }
  if (profile.score && typeof profile.threshold === "number") {
    const score = evaluate(profile.score, person, now);
    const shown = `Score ${print(profile.score)} was ${showValue(score)}`;
    if (typeof score !== "number" || score < profile.threshold) {
      return { outcome: "below threshold", explanation: `${shown}, below the threshold ${profile.threshold}` };
    }
    reasons.push(`${shown}, at least the threshold ${profile.threshold}`);
  }
  return { outcome: "member", explanation: reasons.join("; ") };
}

export interface Pick {
  /** The chosen profile's ID, or null when the person gets none. */
  profileId: string | null;
  /** Each profile's judgement, in the order given, up to the one picked. */
  judged: { profile: TestedProfile; judgement: Judgement }[];
}

/** `profiles` must be in priority order (1 first). */
export function pickProfile(profiles: readonly TestedProfile[], person: Person, now: Date): Pick {
  const judged: Pick["judged"] = [];
  for (const profile of profiles) {
    const judgement = judge(profile, person, now);
    judged.push({ profile, judgement });
    if (judgement.outcome === "member") return { profileId: profile.id, judged };
  }
  return { profileId: null, judged };
}
