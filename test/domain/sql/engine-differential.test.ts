// The SQL means what the evaluator means, on real engines: a few hundred
// generated profiles over generated people run on DuckDB and on PostgreSQL
// (PGlite), and person by person each engine's member set must equal the
// evaluator's. The generators reach where engines used to part from the
// evaluator (wide-arbitrary.ts); every query error counts as a mismatch.

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, parseExpression } from "../../../src/domain/logic";
import type { Node, Value } from "../../../src/domain/logic";
import { compileProfileEvaluator, previewAudiences } from "../../../src/domain/preview";
import { compileOneScan, compileProfile, parseOneScanRow } from "../../../src/domain/sql";
import { SAMPLE_ATTRIBUTES, alice, bob, carol } from "../logic/sample";
import { TABLE, duckdbEngine, postgresEngine } from "./engines";
import type { Engine } from "./engines";
import { wideCondition, wideNumber, widePerson } from "./wide-arbitrary";

/** People each regression case below is about, by name; their row IDs follow the generated people. */
const CASES: Record<string, Record<string, Value>> = {
  huge: { mrr: 1e200 },
  nearMax: { mrr: 1.7976931348623157e308 },
  tiny: { mrr: 1e-200 },
  noEmail: { features_used: [], email: null },
  astral: { country: "😀" },
  halfwidth: { country: "\uFF61" },
  sigma: { country: "ΟΔΟΣ" },
  dottedI: { country: "İstanbul" },
  sharpS: { country: "STRAßE" },
  lateUtc: { last_seen_at: new Date("2025-05-31T20:00:00Z"), signup_date: new Date("2025-05-31T00:00:00Z") },
};

const GENERATED = [alice, bob, carol, {}, ...fc.sample(widePerson, { seed: 16, numRuns: 300 })];
const PEOPLE = [...GENERATED, ...Object.values(CASES)];
const idOf = (name: string): number => GENERATED.length + Object.keys(CASES).indexOf(name);

interface Profile {
  eligibility: Node;
  suppression?: Node;
  score?: [Node, number];
  now: Date;
}

const PROFILES: Profile[] = fc.sample(
  fc.record({
    eligibility: wideCondition,
    suppression: fc.option(wideCondition, { nil: undefined }),
    score: fc.option(
      fc.tuple(wideNumber, fc.oneof(fc.integer({ min: -50, max: 500 }), fc.double({ noNaN: true, noDefaultInfinity: true }))),
      {
        nil: undefined,
      },
    ),
    now: fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2026-01-01T00:00:00Z"), noInvalidDate: true }),
  }),
  { seed: 20261202, numRuns: 250 },
);

function evaluatorMembers(profile: Profile): number[] {
  const members: number[] = [];
  PEOPLE.forEach((person, id) => {
    if (evaluate(profile.eligibility, person, profile.now) !== true) return;
    if (profile.suppression && evaluate(profile.suppression, person, profile.now) === true) return;
    if (profile.score) {
      const score = evaluate(profile.score[0], person, profile.now);
      if (typeof score !== "number" || !(score >= profile.score[1])) return;
    }
    members.push(id);
  });
  return members;
}

async function mismatches(engine: Engine): Promise<{ differ: number; errors: number; selective: number; first: string[] }> {
  const report = { differ: 0, errors: 0, selective: 0, first: [] as string[] };
  for (const profile of PROFILES) {
    const { select } = compileProfile(
      { eligibility: profile.eligibility, suppression: profile.suppression, score: profile.score?.[0], scoreThreshold: profile.score?.[1] },
      { dialect: engine.dialect, table: TABLE, attributes: SAMPLE_ATTRIBUTES, now: profile.now },
    );
    const expected = evaluatorMembers(profile);
    try {
      const got = (await engine.query(`${select} ORDER BY 1`)).map((row) => Number(row.person_id));
      if (got.length > 0 && got.length < PEOPLE.length) report.selective++;
      if (JSON.stringify(got) === JSON.stringify(expected)) continue;
      report.differ++;
      const only = (a: number[], b: number[]) => a.filter((id) => !b.includes(id)).slice(0, 3);
      if (report.first.length < 3)
        report.first.push(`${select}\n  engine only: ${only(got, expected)}; evaluator only: ${only(expected, got)}`);
    } catch (error) {
      report.errors++;
      if (report.first.length < 3) report.first.push(`${select}\n  error: ${(error as Error).message}`);
    }
  }
  return report;
}

describe.each([
  ["DuckDB", duckdbEngine],
  ["PostgreSQL (PGlite)", postgresEngine],
])("%s against the evaluator", (_name, load) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await load(PEOPLE);
  }, 60_000);
  afterAll(() => engine.close());

  it("selects exactly the evaluator's members for every generated profile, without query errors", async () => {
    const report = await mismatches(engine);
    expect({ differ: report.differ, errors: report.errors, first: report.first }).toEqual({ differ: 0, errors: 0, first: [] });
    // Profiles that select some people but not all are the runs that prove something.
    expect(report.selective).toBeGreaterThan(60);
  }, 60_000);

  it("counts every profile, channel and attribute in one scan exactly as the sample-data preview does", async () => {
    const now = new Date("2025-06-01T10:00:00Z");
    const profiles = PROFILES.slice(0, 40).map((p, i) => ({
      id: `profile_${i}`,
      priority: i % 7 === 0 ? null : (i % 5) + 1,
      eligibility: p.eligibility,
      suppression: p.suppression,
      score: p.score?.[0],
      scoreThreshold: p.score?.[1],
    }));
    const channels = ["web", "email", "ads"];
    const activations = profiles.map((p, i) => ({ profileId: p.id, channel: channels[i % 3], holdoutPct: i % 4 === 0 ? 10 : null }));
    const scan = compileOneScan({ profiles, activations }, { dialect: engine.dialect, table: TABLE, attributes: SAMPLE_ATTRIBUTES, now });
    const rows = await engine.query(scan.sql);
    expect(rows).toHaveLength(1);
    const estimate = parseOneScanRow(scan.layout, rows[0]);

    const preview = previewAudiences({ profiles: profiles.map(compileProfileEvaluator), activations, people: PEOPLE, now });
    expect(estimate.people).toBe(PEOPLE.length);
    expect(estimate.profiles).toEqual(preview.profiles);
    expect(
      estimate.channels.map((c) => ({
        channel: c.channel,
        reached: c.reached,
        branches: c.branches.map(({ profileId, priority, members, receives }) => ({ profileId, priority, members, receives })),
      })),
    ).toEqual(preview.channels.map((c) => ({ channel: c.channel, reached: c.reached, branches: c.branches })));
    const used = [...new Set(estimate.coverage.map((c) => c.attributeId))];
    expect(used.length).toBeGreaterThan(5);
    expect(estimate.coverage.map((c) => [c.attributeId, c.nonNull])).toEqual(
      used.map((id) => [id, PEOPLE.filter((person) => person[id] !== null && person[id] !== undefined).length]),
    );
    // A 10 % holdout keeps a tenth of what the channel gives the profile out of activation.
    const held = estimate.channels.flatMap((c) => c.branches).find((b) => b.holdoutPct === 10 && b.receives >= 10);
    if (!held) throw new Error("No branch keeps a 10 % holdout of at least ten people");
    expect(held.activated).toBe(held.receives - Math.round(held.receives / 10));
  }, 30_000);

  async function members(text: string, now = new Date("2025-06-01T10:00:00Z")): Promise<number[]> {
    const parsed = parseExpression(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { select } = compileProfile(
      { eligibility: parsed.ast },
      { dialect: engine.dialect, table: TABLE, attributes: SAMPLE_ATTRIBUTES, now },
    );
    const got = (await engine.query(`${select} ORDER BY 1`)).map((row) => Number(row.person_id));
    expect(got).toEqual(evaluatorMembers({ eligibility: parsed.ast, now }));
    return got;
  }

  // Each case: the engine agrees with the evaluator on everyone, and the person it is about lands where the language says.
  it("float overflow is null, not an error or infinity; underflow is 0", async () => {
    expect(await members("mrr * mrr is null")).toContain(idOf("huge"));
    expect(await members("mrr + mrr is null")).toContain(idOf("nearMax"));
    expect(await members("mrr / 1e-200 is null")).toContain(idOf("huge"));
    expect(await members("mrr * mrr = 0")).toContain(idOf("tiny"));
    expect(await members("mrr / 1e300 = 0 and mrr > 0")).toContain(idOf("tiny"));
    expect(await members("mrr * mrr > 1")).not.toContain(idOf("huge"));
  });

  it("contains with a missing item is null, also on an empty list, so not contains excludes too", async () => {
    expect(await members("not (features_used contains email)")).not.toContain(idOf("noEmail"));
    expect(await members("features_used contains email")).not.toContain(idOf("noEmail"));
  });

  it("orders texts by code point: U+1F600 sorts after U+FF61, as UTF-8 bytes do", async () => {
    expect(await members('country > "\uFF61"')).toEqual(expect.arrayContaining([idOf("astral")]));
    expect(await members('country < "😀"')).toContain(idOf("halfwidth"));
  });

  it("lower() changes A-Z only: final sigma, dotted İ and ß stay as written", async () => {
    expect(await members('lower(country) = "ΟΔΟΣ"')).toContain(idOf("sigma"));
    expect(await members('lower(country) = "İstanbul"')).toContain(idOf("dottedI"));
    expect(await members('lower(country) = "straße"')).toContain(idOf("sharpS"));
    expect(await members('lower(country) = "οδος" or lower(country) = "i̇stanbul"')).toEqual([]);
  });

  it("reads timestamps as UTC instants whatever the session's time zone", async () => {
    // 20:00 UTC on 31 May is 1 June in Kathmandu, the session's zone.
    expect(await members("days_since(last_seen_at) = 1")).toContain(idOf("lateUtc"));
    expect(await members('last_seen_at < "2025-06-01"')).toContain(idOf("lateUtc"));
    expect(await members("hours_since(last_seen_at) = 14")).toContain(idOf("lateUtc"));
    expect(await members("signup_date < last_seen_at and days_since(signup_date) = 1")).toContain(idOf("lateUtc"));
  });
});
