// The proof that the SQL means what the evaluator means: generated profiles
// (eligibility, optional suppression, optional score and threshold) are
// compiled to DuckDB SQL and run over one table of generated people; the
// member IDs, and every expression's value per person, must equal the
// reference evaluator's. One table, one query per generated profile.

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DuckDBConnection } from "@duckdb/node-api";
import { evaluate } from "../../../src/domain/logic";
import type { Node, Value } from "../../../src/domain/logic";
import { compileProfile, compileSqlExpression } from "../../../src/domain/sql";
import { booleanExpression, nowArbitrary, numericExpression, personArbitrary } from "../logic/arbitrary";
import { SAMPLE_ATTRIBUTES, alice, bob, carol } from "../logic/sample";
import type { SamplePerson } from "../logic/sample";
import { TABLE, loadPeople, normalize } from "./duckdb-people";

// personArbitrary draws non-negative numbers; flip some so signs and zero meet every operator.
const signedPerson = fc.tuple(personArbitrary, fc.boolean(), fc.boolean()).map(([person, flipSeats, flipMrr]) => ({
  ...person,
  seats_used: flipSeats && typeof person.seats_used === "number" ? -person.seats_used : person.seats_used,
  mrr: flipMrr && typeof person.mrr === "number" ? -person.mrr : person.mrr,
}));

const PEOPLE: SamplePerson[] = [alice, bob, carol, {}, ...fc.sample(signedPerson, { seed: 8, numRuns: 400 })];

const profileArbitrary = fc.record({
  eligibility: booleanExpression,
  suppression: fc.option(booleanExpression, { nil: undefined }),
  score: fc.option(
    fc.tuple(numericExpression, fc.oneof(fc.integer({ min: -50, max: 500 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }))),
    { nil: undefined },
  ),
  now: nowArbitrary,
});

const holds = (value: Value): boolean => value === true;

function evaluatorMembers(profile: Profile): number[] {
  const members: number[] = [];
  PEOPLE.forEach((person, id) => {
    const eligible = holds(evaluate(profile.eligibility, person, profile.now));
    const suppressed = profile.suppression !== undefined && holds(evaluate(profile.suppression, person, profile.now));
    const score = profile.score && evaluate(profile.score[0], person, profile.now);
    const scored = profile.score === undefined || (typeof score === "number" && score >= profile.score[1]);
    if (eligible && !suppressed && scored) members.push(id);
  });
  return members;
}

interface Profile {
  eligibility: Node;
  suppression?: Node;
  score?: [Node, number];
  now: Date;
}

let db: DuckDBConnection;
beforeAll(async () => {
  db = await loadPeople(PEOPLE);
});
afterAll(() => db.closeSync());

async function column(sql: string): Promise<unknown[]> {
  const reader = await db.runAndReadAll(`SELECT ${sql} AS v FROM ${TABLE} ORDER BY person_id`);
  return reader.getRows().map(([value]) => normalize(value));
}

describe("DuckDB SQL against the evaluator", () => {
  it("selects exactly the evaluator's members for hundreds of generated profiles", async () => {
    let selective = 0; // profiles that select some people but not all: the runs that prove something
    await fc.assert(
      fc.asyncProperty(profileArbitrary, async (profile) => {
        const { select } = compileProfile(
          {
            eligibility: profile.eligibility,
            suppression: profile.suppression,
            score: profile.score?.[0],
            scoreThreshold: profile.score?.[1],
          },
          { dialect: "duckdb", table: TABLE, attributes: SAMPLE_ATTRIBUTES, now: profile.now },
        );
        const rows = (await db.runAndReadAll(`${select} ORDER BY 1`)).getRows().map(([id]) => Number(id));
        expect(rows).toEqual(evaluatorMembers(profile));
        if (rows.length > 0 && rows.length < PEOPLE.length) selective++;
      }),
      { numRuns: 300, seed: 20250615 },
    );
    expect(selective).toBeGreaterThan(100);
  });

  it("gives every generated expression the evaluator's value (true, false or null; the same number)", async () => {
    const expression = fc.tuple(fc.oneof(booleanExpression, numericExpression), nowArbitrary);
    await fc.assert(
      fc.asyncProperty(expression, async ([ast, now]) => {
        const sql = compileSqlExpression(ast, { dialect: "duckdb", attributes: SAMPLE_ATTRIBUTES, now });
        const expected = PEOPLE.map((person) => normalize(evaluate(ast, person, now)));
        expect(await column(sql)).toEqual(expected);
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});
