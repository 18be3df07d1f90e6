// One row of the Profile tests sheet, run: the Expected cell read, the
// person judged, and a result the TEST_FAILED message and the plan JSON's
// `tests` use as is.

import * as z from "zod/mini";
import type { Person } from "../../logic";
import { PROFILE_OUTCOMES, judge, pickProfile } from "./outcome";
import type { ProfileOutcome, TestedProfile } from "./outcome";

export const TestResult = z.object({ passed: z.boolean(), actual: z.string(), expected: z.string(), explanation: z.string() });
export type TestResult = z.output<typeof TestResult>;

export type ExpectedParse = { ok: true; outcome: ProfileOutcome } | { ok: false; message: string };

/** "member", "Not eligible", "below-threshold" … → the outcome, forgiving case, dashes and spaces. */
export function parseExpectedOutcome(text: string): ExpectedParse {
  const normal = text
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, " ");
  const outcome = PROFILE_OUTCOMES.find((candidate) => candidate === normal);
  if (outcome) return { ok: true, outcome };
  return { ok: false, message: `Expected must be one of ${PROFILE_OUTCOMES.join(", ")} (got "${text.trim()}")` };
}

/** A test without a Channel: what the one profile makes of the person. */
export function runProfileTest(profile: TestedProfile, person: Person, expected: ProfileOutcome, now: Date): TestResult {
  const { outcome, explanation } = judge(profile, person, now);
  return { passed: outcome === expected, actual: outcome, expected, explanation };
}

/**
 * A test with a Channel: which of the channel's profiles (in priority order)
 * the decision tree picks. `expected` is a Profile ID or "none".
 */
export function runChannelTest(profiles: readonly TestedProfile[], person: Person, expected: string, now: Date): TestResult {
  const wanted = expected.trim().toLowerCase() === "none" ? null : expected.trim();
  const pick = pickProfile(profiles, person, now);
  const actual = pick.profileId ?? "none";
  const expectedText = wanted ?? "none";
  const passed = pick.profileId === wanted;
  const picked = pick.judged[pick.judged.length - 1];
  const lines: string[] = [];
  if (pick.profileId !== null) lines.push(`Picked ${actual}: ${picked.judgement.explanation}`);
  else lines.push("No profile on this channel takes the person");
  if (!passed && wanted !== null) {
    const position = profiles.findIndex((profile) => profile.id === wanted);
    if (position < 0) lines.push(`${wanted} is not activated on this channel`);
    else {
      const { outcome, explanation } = judge(profiles[position], person, now);
      const before = pick.profileId !== null && position > profiles.findIndex((profile) => profile.id === pick.profileId);
      lines.push(`${wanted}${before ? ` comes after ${actual} and` : ""} would be ${outcome}: ${explanation}`);
    }
  }
  return { passed, actual, expected: expectedText, explanation: lines.join(". ") };
}
