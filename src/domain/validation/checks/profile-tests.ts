import {
  parseExpectedOutcome,
  parsePerson,
  runChannelTest,
  runProfileTest,
  type TestedProfile,
  type TestResult,
} from "../../analysis/profile-tests";
import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { isCheckedLogic, logicFinding, type ProfileLogic } from "../profile-logic";
import { labelOf } from "../tables";

/**
 * Runs every Profile tests row like a unit test: TEST_FAILED on the row when
 * the result differs from Expected, with the part of the logic that decided.
 * Results (by sheet row) go into the plan's `tests`.
 */
export function runProfileTests(context: ValidationContext, now: Date): { findings: Finding[]; results: Map<number, TestResult> } {
  const table = context.workbook.tests;
  const findings: Finding[] = [];
  const results = new Map<number, TestResult>();
  if (table.rows.length === 0) return { findings, results };
  const channelProfiles = profilesByChannel(context);
  for (const row of table.rows) {
    const { person: personText, expected, channel, profileId } = row.values;
    const at = (key: "person" | "expected" | "profileId" | "channel") => ({
      sheet: table.sheet,
      row: row.row,
      column: labelOf(table, key),
    });
    if (!personText || !expected) continue;
    const parsed = parsePerson(personText, context.attributeTypes);
    if (!parsed.ok) {
      for (const error of parsed.errors) findings.push(logicFinding(error, at("person")));
      continue;
    }
    let result: TestResult;
    if (channel) {
      result = runChannelTest(channelProfiles.get(channel) ?? [], parsed.person, expected, now);
    } else {
      const logic = profileId ? context.logic.get(profileId) : undefined;
      if (!profileId) {
        findings.push(
          finding("SCHEMA", at("profileId"), "Profile ID is required when no Channel is given: name the profile this person tests."),
        );
        continue;
      }
      const tested = logic && testedProfile(logic);
      if (!tested) continue; // an unknown profile or logic with errors is reported on its own cell
      const outcome = parseExpectedOutcome(expected);
      if (!outcome.ok) {
        findings.push(finding("SCHEMA", at("expected"), `${outcome.message}.`));
        continue;
      }
      result = runProfileTest(tested, parsed.person, outcome.outcome, now);
    }
    results.set(row.row, result);
    if (!result.passed) {
      findings.push(finding("TEST_FAILED", at("expected"), `Expected ${result.expected}, got ${result.actual}. ${result.explanation}.`));
    }
  }
  return { findings, results };
}

function testedProfile(logic: ProfileLogic): TestedProfile | null {
  if (!isCheckedLogic(logic)) return null;
  const { scoreThreshold } = logic.row.values;
  return {
    id: logic.row.values.profileId!,
    eligibility: logic.eligibility,
    ...(logic.suppression ? { suppression: logic.suppression } : {}),
    ...(logic.score ? { score: logic.score, threshold: scoreThreshold ?? null } : {}),
  };
}

/** Each channel's decision tree: its activated profiles whose logic checks, in priority order. */
function profilesByChannel(context: ValidationContext): Map<string, TestedProfile[]> {
  const entries = new Map<string, { priority: number; profile: TestedProfile }[]>();
  for (const row of context.workbook.activations.rows) {
    const { profileId, channel } = row.values;
    const logic = profileId ? context.logic.get(profileId) : undefined;
    const tested = logic && testedProfile(logic);
    if (!channel || !tested) continue;
    entries.set(channel, [
      ...(entries.get(channel) ?? []),
      { priority: logic!.row.values.priority ?? Number.MAX_SAFE_INTEGER, profile: tested },
    ]);
  }
  return new Map(
    [...entries].map(([channel, list]) => [channel, list.sort((a, b) => a.priority - b.priority).map((entry) => entry.profile)]),
  );
}
