import {
  parseExpectedOutcome,
  parsePerson,
  runChannelTest,
  runProfileTest,
  type TestedProfile,
  type TestResult,
} from "../../analysis/profile-tests";
import type { Person } from "../../logic";
import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { isCheckedLogic, logicFinding, type ProfileLogic } from "../profile-logic";
import { labelOf } from "../tables";
import { addTo } from "../../group-into";

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
  const brokenOn = brokenByChannel(context);
  for (const row of table.rows) {
    const { person: personText, expected, channel, profileId } = row.values;
    const at = (key: "person" | "expected" | "profileId" | "channel") => ({
      sheet: table.sheet,
      row: row.row,
      column: labelOf(table, key),
    });
    if (!personText || !expected) continue;
    const parsed = parsePerson(personText, context.attributeTypes, now);
    if (!parsed.ok) {
      for (const error of parsed.errors) findings.push(logicFinding(error, at("person")));
      continue;
    }
    let run: (person: Person, at: Date) => TestResult;
    let because = "";
    if (channel) {
      run = (person, at) => runChannelTest(channelProfiles.get(channel) ?? [], person, expected, at);
      const broken = brokenOn.get(channel) ?? [];
      const expectedBroken = broken.find((profile) => profile.id.toLowerCase() === expected.trim().toLowerCase());
      // A profile left out of the decision tree for its logic errors is the reason, not "not activated on this channel".
      if (expectedBroken) because = `Profile ${expectedBroken.id} was not evaluated: ${logicErrorsAt(expectedBroken.row)}`;
      else if (broken.length > 0)
        because = `${broken.map((profile) => profile.id).join(", ")} on ${channel} ${broken.length === 1 ? "was" : "were"} not evaluated: ${logicErrorsAt(broken[0].row)}`;
    } else {
      const logic = profileId ? context.logic.get(profileId) : undefined;
      if (!profileId) {
        findings.push(
          finding("SCHEMA", at("profileId"), "Profile ID is required when no Channel is given: name the profile this person tests."),
        );
        continue;
      }
      const tested = logic && testedProfile(logic);
      // The row's own problems are reported whatever the state of the profile it tests.
      const outcome = parseExpectedOutcome(expected);
      if (!outcome.ok) {
        findings.push(finding("SCHEMA", at("expected"), `${outcome.message}.`));
        continue;
      }
      // An unknown profile is reported on its Profile ID cell, logic errors on the profile's own cells: one error each, not one per test.
      if (!tested) continue;
      run = (person, at) => runProfileTest(tested, person, outcome.outcome, at);
    }
    const result = run(parsed.person, now);
    results.set(row.row, result);
    if (!result.passed) {
      const why = because || `${result.explanation}.`;
      findings.push(finding("TEST_FAILED", at("expected"), `Expected ${result.expected}, got ${result.actual}. ${why}`));
    }
    if (parsed.fixedDates.length > 0) {
      const change = calendarChange(parsed.fixedDates, result, now, (at) => {
        const later = parsePerson(personText, context.attributeTypes, at);
        return later.ok ? run(later.person, at) : null;
      });
      if (change) findings.push(finding("TEST_CALENDAR", at("person"), change));
    }
  }
  return { findings, results };
}

const logicErrorsAt = (row: number) => `its logic has errors (3 Profiles row ${row}). Fix them, then validate again.`;

/** Each channel's activated profiles left out of its decision tree because their logic has errors. */
function brokenByChannel(context: ValidationContext): Map<string, { id: string; row: number }[]> {
  const broken = new Map<string, { id: string; row: number }[]>();
  for (const { values } of context.workbook.activations.rows) {
    const logic = values.profileId ? context.logic.get(values.profileId) : undefined;
    if (!values.channel || !logic || isCheckedLogic(logic)) continue;
    addTo(broken, values.channel, { id: values.profileId!, row: logic.row.row });
  }
  return broken;
}

/** Later moments a fixed date is tried at: a test that passes today should not fail next month. */
const PROBES_DAYS = [1, 7, 30, 90, 365, 5 * 365];

/**
 * TEST_CALENDAR: the test's result changes as the calendar moves, because
 * it names a fixed date (relative dates move along with the validation's
 * time). Null when it stays the same at every probe.
 */
function calendarChange(fixed: readonly string[], result: TestResult, now: Date, runAt: (at: Date) => TestResult | null): string | null {
  for (const days of PROBES_DAYS) {
    const at = new Date(now.getTime() + days * 86_400_000);
    const later = runAt(at);
    if (!later || (later.passed === result.passed && later.actual === result.actual)) continue;
    const names = fixed.join(", ");
    const example = fixed[0];
    return `This test depends on the calendar: ${names} ${fixed.length === 1 ? "is a fixed date" : "are fixed dates"}, so it gives ${result.actual} today but ${later.actual} from ${at.toISOString().slice(0, 10)}. Write ${example} relative to the validation's time, e.g. ${example} = today - 3d (or now - 2h for a time), so the test does not go stale.`;
  }
  return null;
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
