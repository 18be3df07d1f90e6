/**
 * Audience preview at benchmark size: 50 generated profiles over 100,000
 * generated people. Figures, never pass/fail. Times are ratios against a
 * plain loop that reads every cell once in the same run, so they compare
 * across machines; DuckDB runs the compiled SQL on the same rows.
 */
import fc from "fast-check";
import { evaluate } from "../../src/domain/logic";
import type { Node, Person } from "../../src/domain/logic";
import { compileProfileEvaluator, previewAudiences } from "../../src/domain/preview";
import type { ProfileEvaluator } from "../../src/domain/preview";
import { compileProfile } from "../../src/domain/sql";
import { personArbitrary } from "../domain/logic/arbitrary";
import { NOW, SAMPLE_ATTRIBUTES } from "../domain/logic/sample";
import { TABLE, loadPeople } from "../domain/sql/duckdb-people";
import { BENCH_CHANNELS, BENCH_PROFILES, type BenchProfile, benchProfiles } from "./bench-profiles";
import { medianMs, round } from "./measure";

const PEOPLE = 100_000;

/** AST interpretation: the same profiles, walking the tree for every person. */
function interpreted(trees: BenchProfile): ProfileEvaluator {
  const walk = (ast: Node | null) => (ast ? (person: Person, now: Date) => evaluate(ast, person, now) : null);
  return {
    id: trees.id,
    priority: trees.priority,
    eligibility: walk(trees.eligibility)!,
    suppression: walk(trees.suppression),
    score: walk(trees.score),
    scoreThreshold: trees.scoreThreshold,
  };
}

export async function benchPreview(): Promise<Record<string, unknown>> {
  const people = fc.sample(personArbitrary, { seed: 100, numRuns: PEOPLE });
  const trees = benchProfiles();
  const activations = trees.map((t, i) => ({ profileId: t.id, channel: BENCH_CHANNELS[i % BENCH_CHANNELS.length] }));
  const ids = [...SAMPLE_ATTRIBUTES.keys()];

  let sink = 0;
  const baseline = medianMs(() => {
    for (const person of people) for (const id of ids) if (person[id] !== null) sink++;
  });
  const compiledProfiles = trees.map(compileProfileEvaluator);
  const compiled = medianMs(() => previewAudiences({ profiles: compiledProfiles, activations, people, now: NOW }), 3);
  const interpretedProfiles = trees.map(interpreted);
  const walked = medianMs(() => previewAudiences({ profiles: interpretedProfiles, activations, people, now: NOW }), 3);

  const db = await loadPeople(people);
  const selects = trees.map((t) => compileProfile(t, { dialect: "duckdb", table: TABLE, attributes: SAMPLE_ATTRIBUTES, now: NOW }).select);
  const runAll = async () => {
    for (const select of selects) await db.runAndReadAll(`SELECT count(*) FROM (${select})`);
  };
  await runAll();
  const start = performance.now();
  await runAll();
  const duckdb = performance.now() - start;
  db.closeSync();

  const cells = PEOPLE * ids.length;
  return {
    rows: PEOPLE,
    profiles: BENCH_PROFILES,
    "read every cell once, ms": round(baseline),
    "preview (compiled closures), ms": round(compiled),
    "preview (AST interpretation), ms": round(walked),
    "DuckDB (50 compiled SELECTs), ms": round(duckdb),
    "compiled / cell loop": round(compiled / baseline),
    "interpreted / compiled": round(walked / compiled, 2),
    "DuckDB / compiled": round(duckdb / compiled, 2),
    "compiled µs per row": round((compiled * 1000) / PEOPLE, 2),
    // Apps Script's V8 runs this code too; its budget is 6 minutes per execution. The
    // sample is capped at 50,000 rows (sampling.ts), half this run, read in 50 blocks.
    "Apps Script budget": `50,000-row cap = ${round(compiled / 2)} ms here; allow ~10× for Apps Script ≈ ${round(((compiled / 2) * 10) / 1000, 1)} s of 360 s`,
    "cells read": cells,
    // Returned so the engine cannot drop the baseline loop as dead code.
    "non-empty cells": sink / 6,
  };
}
