// `estimate` on real files: the counts it prints for a CSV, a Parquet file
// and a DuckDB database equal the sample-data preview's on the same people;
// a missing column, a column of the wrong type and cells that do not convert
// are named; timestamps are instants whatever type and zone they were stored in.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliAsync } from "../../src/cli/run";
import type { Node, Value } from "../../src/domain/logic";
import { parseExpression } from "../../src/domain/logic";
import { compileProfileEvaluator, previewAudiences } from "../../src/domain/preview";
import type { ExampleWorkbook } from "../fixtures/example-workbook";
import { examplePlan, fileOf, profileRow } from "./example-plans";

const NOW = "2025-06-15T12:00:00Z";

/** The example plan, plus a timestamp attribute that growing-teams uses. */
function withLastSeen(example: ExampleWorkbook): void {
  const sheet = example.sheets["2 Attributes"];
  sheet.push({
    ...sheet[3],
    "Attribute ID": "last_seen_at",
    "Display name": "last seen",
    Type: "timestamp",
    "Source field": "users.last_seen_at",
    "Coverage %": 60,
  });
  profileRow(example, "growing-teams").Eligibility = 'plan = "pro" and seats_used >= 5 and hours_since(last_seen_at) < 72';
  sheet[1]["Coverage %"] = 99; // signup_date: typed far above what the file holds
}
const PLAN = fileOf(examplePlan(withLastSeen));

const day = (d: Date) => d.toISOString().slice(0, 10);
const person = fc.record({
  plan: fc.option(fc.constantFrom("free", "pro", "enterprise"), { nil: null }),
  signup_date: fc.option(
    fc.integer({ min: 0, max: 30 }).map((n) => new Date(Date.parse("2025-06-15T00:00:00Z") - n * 86_400_000)),
    { nil: null, freq: 2 },
  ),
  onboarding_done: fc.option(fc.boolean(), { nil: null }),
  seats_used: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  unsubscribed: fc.option(fc.boolean(), { nil: null }),
  last_seen_at: fc.option(
    fc.integer({ min: 0, max: 200 * 60 }).map((m) => new Date(Date.parse(NOW) - m * 60_000)),
    { nil: null },
  ),
});
const PEOPLE: Record<string, Value>[] = fc.sample(person, { seed: 4, numRuns: 400 });

/** CSV cells as a person would type them: booleans in three spellings, timestamps with and without offsets. */
function csvOf(people: readonly Record<string, Value>[]): string {
  const spell = (b: boolean, i: number) => [b ? "true" : "false", b ? "yes" : "no", b ? "1" : "0"][i % 3];
  const stamp = (d: Date, i: number) =>
    i % 2 === 0 ? d.toISOString() : new Date(d.getTime() + 7_200_000).toISOString().replace("Z", "+02:00");
  const rows = people.map((p, i) =>
    [
      i,
      p.plan ?? "",
      p.signup_date ? day(p.signup_date as Date) : "",
      p.onboarding_done === null ? "" : spell(p.onboarding_done as boolean, i),
      p.seats_used ?? "",
      p.unsubscribed === null ? "" : spell(p.unsubscribed as boolean, i + 1),
      p.last_seen_at ? stamp(p.last_seen_at as Date, i) : "",
    ].join(","),
  );
  return `person_id,plan,signup_date,onboarding_done,seats_used,unsubscribed,last_seen_at\n${rows.join("\n")}\n`;
}

function ast(text: string): Node {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

/** What the add-on's sample-data preview says for the same people. */
function previewed() {
  const unsubscribed = ast("unsubscribed");
  const profiles = [
    {
      id: "new-free-users",
      priority: 1,
      eligibility: ast('plan = "free" and days_since(signup_date) <= 14 and not onboarding_done'),
      suppression: unsubscribed,
    },
    {
      id: "growing-teams",
      priority: 2,
      eligibility: ast('plan = "pro" and seats_used >= 5 and hours_since(last_seen_at) < 72'),
      suppression: unsubscribed,
      score: ast("seats_used * 2"),
      scoreThreshold: 10,
    },
  ].map(compileProfileEvaluator);
  const activations = [
    { profileId: "new-free-users", channel: "in-app" },
    { profileId: "new-free-users", channel: "email" },
    { profileId: "growing-teams", channel: "web" },
  ];
  return previewAudiences({ profiles, activations, people: PEOPLE, now: new Date(NOW) });
}

let dir: string;
const path = (name: string) => join(dir, name);

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCliAsync(argv, {
    readFile: (name) => {
      if (name !== "plan.json") throw new Error(`ENOENT: no such file or directory, open '${name}'`);
      return PLAN;
    },
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "estimate-"));
  writeFileSync(path("people.csv"), csvOf(PEOPLE));
  const instance = await DuckDBInstance.create(path("people.duckdb"));
  const db = await instance.connect();
  // Written in a zone far from UTC: TIMESTAMPTZ keeps the instant, and estimate must read it as one.
  await db.run("SET TimeZone = 'America/Los_Angeles'");
  const typed = `SELECT CAST(person_id AS INTEGER) AS person_id, plan, CAST(signup_date AS DATE) AS signup_date,
      CAST(onboarding_done AS BOOLEAN) AS onboarding_done, CAST(seats_used AS BIGINT) AS seats_used,
      CAST(unsubscribed AS BOOLEAN) AS unsubscribed, CAST(last_seen_at AS TIMESTAMPTZ) AS last_seen_at
    FROM read_csv('${path("people.csv")}', header = true, all_varchar = true)`;
  const normalized = `SELECT * REPLACE (CASE WHEN onboarding_done IN ('yes', '1') THEN 'true' WHEN onboarding_done IN ('no', '0') THEN 'false' ELSE onboarding_done END AS onboarding_done,
      CASE WHEN unsubscribed IN ('yes', '1') THEN 'true' WHEN unsubscribed IN ('no', '0') THEN 'false' ELSE unsubscribed END AS unsubscribed)
    FROM read_csv('${path("people.csv")}', header = true, all_varchar = true)`;
  await db.run(`CREATE TABLE people AS ${typed.replace(/FROM read_csv\([^)]*\)/, `FROM (${normalized})`)}`);
  await db.run(
    `COPY (SELECT * REPLACE (CAST(last_seen_at AS TIMESTAMP) AS last_seen_at) FROM people) TO '${path("people.parquet")}' (FORMAT parquet)`,
  );
  await db.run(
    `COPY (SELECT * REPLACE (CAST(seats_used AS VARCHAR) AS seats_used) FROM people) TO '${path("text-seats.parquet")}' (FORMAT parquet)`,
  );
  await db.run(`COPY (SELECT * EXCLUDE (last_seen_at) FROM people) TO '${path("no-last-seen.parquet")}' (FORMAT parquet)`);
  db.closeSync();
  instance.closeSync();
  const header = "person_id,plan,signup_date,onboarding_done,seats_used,unsubscribed,last_seen_at";
  writeFileSync(
    path("bad-cells.csv"),
    `${header}\n0,free,2025-06-01,true,many,no,\n1,pro,2025-06-01,,3,,2025-06-14T25:00:00Z\n2,pro,,,4.5,,\n`,
  );
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("personalization-profiles estimate", () => {
  it.each(["people.csv", "people.parquet", "people.duckdb"])("counts %s exactly as the sample-data preview does", async (file) => {
    const result = await run("estimate", "plan.json", path(file), "--now", NOW, "--format", "json");
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const estimate = JSON.parse(result.out);
    const preview = previewed();
    expect(estimate.people).toBe(PEOPLE.length);
    expect(estimate.profiles).toEqual(preview.profiles);
    expect(
      estimate.channels.map((c: { channel: string; branches: { profileId: string; receives: number }[] }) => [
        c.channel,
        c.branches.map((b) => b.receives),
      ]),
    ).toEqual(preview.channels.map((c) => [c.channel, c.branches.map((b) => b.receives)]));
    const present = (id: string) => PEOPLE.filter((p) => p[id] !== null).length;
    expect(estimate.coverage.map((c: { attributeId: string; nonNull: number }) => [c.attributeId, c.nonNull])).toEqual(
      ["plan", "signup_date", "onboarding_done", "unsubscribed", "seats_used", "last_seen_at"].map((id) => [id, present(id)]),
    );
    expect(preview.profiles.every((p) => p.members > 0 && p.members < PEOPLE.length)).toBe(true);
  });

  it("prints counts, each channel's decision tree with its holdout, and measured beside typed coverage", async () => {
    const result = await run("estimate", "plan.json", path("people.csv"), "--now", NOW);
    expect(result.code).toBe(0);
    const inApp = previewed().channels.find((c) => c.channel === "in-app")!.branches[0].receives;
    expect(result.out).toContain(`plan.json on ${path("people.csv")}: 400 people\n`);
    expect(result.out).toMatch(/^Profile +eligible {2}suppressed {2}below threshold {2}members$/m);
    expect(result.out).toContain(`Channel in-app: ${inApp} reached, ${inApp - Math.round(inApp / 10)} activated after holdouts`);
    expect(result.out).toMatch(/^signup_date {6}signup_date +\d+\.\d % +99 % {2}typed exceeds measured by more than 5 points$/m);
    expect(result.out).toMatch(/^last_seen_at {5}last_seen_at +\d+\.\d % +60 %$/m);
    expect(result.out).toMatch(/^ {2}1 {9}new-free-users +\d+ +\d+ +\d+ \(10 %\) +\d+$/m);
    expect((await run("estimate", "plan.json", path("people.csv"), "--now", NOW, "--fail-on", "warning")).code).toBe(1);
  });

  it("names a missing column and the attribute that needs it, with exit 1", async () => {
    const result = await run("estimate", "plan.json", path("no-last-seen.parquet"), "--now", NOW);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toContain(
      `${path("no-last-seen.parquet")} has no column last_seen_at (attribute last_seen_at, Type timestamp); set the attribute's Source field to the column's name. Its columns: person_id, plan, signup_date, onboarding_done, seats_used, unsubscribed`,
    );
  });

  it("names a column of the wrong type, and CSV cells that do not convert", async () => {
    const typed = await run("estimate", "plan.json", path("text-seats.parquet"), "--now", NOW);
    expect(typed.code).toBe(1);
    expect(typed.err).toContain("column seats_used (attribute seats_used, Type integer) is VARCHAR in");
    expect(typed.err).toContain("Type integer needs an integer type");
    const cells = await run("estimate", "plan.json", path("bad-cells.csv"), "--now", NOW);
    expect(cells.code).toBe(1);
    expect(cells.err).toContain("column seats_used (attribute seats_used) in");
    expect(cells.err).toContain('has 2 values that do not read as a whole number, e.g. "many"');
    expect(cells.err).toContain("column last_seen_at (attribute last_seen_at) in");
    expect(cells.err).toContain(
      'has 1 value that does not read as an ISO timestamp (2025-06-01T09:30:00Z; UTC without an offset), e.g. "2025-06-14T25:00:00Z"',
    );
  });

  it("exits 2 on a people file it cannot read", async () => {
    for (const argv of [["missing.csv"], [path("people.csv"), "--format", "xml"], [join(dir, "people.txt")]]) {
      if (argv[0].endsWith(".txt")) writeFileSync(argv[0], "x");
      const result = await run("estimate", "plan.json", ...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.err).toMatch(/\nRun personalization-profiles --help for usage\.\n$/);
    }
  });

  it("keeps the other commands synchronous, and compile --scan prints the one scan for any warehouse", () => {
    let out = "";
    const io = { readFile: () => PLAN, out: (text: string) => (out += text), err: () => {} };
    expect(runCli(["compile", "plan.json", "--dialect", "snowflake", "--scan", "--now", NOW], io)).toBe(0);
    expect(out).toContain("-- c0_b0: in-app gives new-free-users\n");
    expect(out).toContain("COALESCE(SUM(CASE WHEN k.m0 THEN 1 ELSE 0 END), 0) AS p0_members");
    expect(out.match(/SELECT\n {2}COUNT\(\*\) AS people_total/g)).toHaveLength(1);
  });
});
