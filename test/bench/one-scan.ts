/**
 * One scan against one SELECT per profile, on DuckDB at 100,000 and
 * 1,000,000 rows × 50 generated profiles on five channels. The people are
 * made inside DuckDB from hashes of the row number (reproducible, and no
 * million-row INSERT text); both ways run in the same process on the same
 * table. Figures, never pass/fail. The one scan also returns what the 50
 * SELECTs do not: eligible and suppressed counts, every channel's decision
 * tree and the non-null count of each attribute.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { compileOneScan, compileProfile } from "../../src/domain/sql";
import type { ScanProfile } from "../../src/domain/sql";
import { NOW, SAMPLE_ATTRIBUTES } from "../domain/logic/sample";
import { BENCH_CHANNELS, benchProfiles } from "./bench-profiles";
import { round } from "./measure";

const RUNS = 5;

/** A value from the row number and a salt: the same table on every run. */
const h = (salt: number, modulo: number) => `CAST(hash(i, ${salt}) % ${modulo} AS BIGINT)`;
const orNull = (salt: number, sql: string) => `CASE WHEN ${h(salt + 100, 5)} = 0 THEN NULL ELSE ${sql} END`;

function peopleSql(rows: number): string {
  const columns = [
    `${orNull(1, `['free', 'pro', 'enterprise'][1 + ${h(1, 3)}]`)} AS plan`,
    `${orNull(2, `DATE '2024-01-01' + CAST(${h(2, 730)} AS INTEGER)`)} AS signup_date`,
    `${orNull(3, `TIMESTAMP '2024-01-01' + to_seconds(CAST(${h(3, 63072000)} AS BIGINT))`)} AS last_seen_at`,
    `${orNull(4, `${h(4, 2)} = 0`)} AS onboarding_done`,
    `${orNull(5, `CAST(${h(5, 21)} AS BIGINT)`)} AS seats_used`,
    `${orNull(6, `CAST(${h(6, 10000000)} AS DOUBLE) / 100`)} AS mrr`,
    `${orNull(7, `['DE', 'FR', 'US', 'de', ''][1 + ${h(7, 5)}]`)} AS country`,
    `${orNull(8, `list_filter(['export', 'share', 'api', 'sso'], (x, j) -> (${h(8, 16)} >> (j - 1)) % 2 = 1)`)} AS features_used`,
    `${orNull(9, `['a@example.com', 'B@EXAMPLE.COM', ''][1 + ${h(9, 3)}]`)} AS email`,
  ];
  return `CREATE TABLE people AS SELECT CAST(i AS INTEGER) AS person_id, ${columns.join(", ")} FROM range(${rows}) AS t(i)`;
}

interface Spread {
  median: number;
  min: number;
  max: number;
}

async function spread(work: () => Promise<void>): Promise<Spread> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)], min: times[0], max: times[RUNS - 1] };
}

const show = (s: Spread) => `${round(s.median)} (${round(s.min)}–${round(s.max)})`;

async function figuresAt(rows: number, trees: ScanProfile[]): Promise<Record<string, unknown>> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  await db.run(peopleSql(rows));
  const options = { dialect: "duckdb" as const, table: "people", attributes: SAMPLE_ATTRIBUTES, now: NOW };
  const activations = trees.map((t, i) => ({
    profileId: t.id,
    channel: BENCH_CHANNELS[i % BENCH_CHANNELS.length],
    holdoutPct: i % 3 === 0 ? 10 : null,
  }));
  const scan = compileOneScan({ profiles: trees, activations }, options).sql;
  const selects = trees.map((t) => `SELECT count(*) FROM (${compileProfile(t, options).select})`);
  const one = await spread(async () => void (await db.runAndReadAll(scan)));
  const fifty = await spread(async () => {
    for (const select of selects) await db.runAndReadAll(select);
  });
  db.closeSync();
  instance.closeSync();
  return {
    rows,
    profiles: trees.length,
    "one scan, ms median (min–max)": show(one),
    "50 SELECTs, ms median (min–max)": show(fifty),
    "50 SELECTs / one scan": round(fifty.median / one.median, 2),
    "one scan SQL, KB": round(scan.length / 1024),
  };
}

export async function oneScanFigures(): Promise<Record<string, unknown>[]> {
  const trees: ScanProfile[] = benchProfiles();
  return [await figuresAt(100_000, trees), await figuresAt(1_000_000, trees)];
}
