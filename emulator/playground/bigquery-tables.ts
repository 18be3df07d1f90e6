// The BigQuery tables the playground serves, so "Estimate on warehouse" runs
// end to end: a sample table with the example plan's attributes, and any CSV
// or Parquet file named with --bigquery-table project.dataset.table=path.
// Files are read once at start with DuckDB (asynchronously, before the first
// script call), then loaded into the emulator's BigQuery like a test's rows.

import { extname } from "node:path";
import type { FieldSchema } from "../index";

export interface PlaygroundTable {
  name: string;
  rows: Record<string, unknown>[];
  schema: FieldSchema[];
}

/** Named in the README: put it in the Plan's Warehouse table field. */
export const SAMPLE_TABLE = "playground.crm.people";

/** The example plan's attributes as warehouse columns, with the person ID (the tests load the same shape). */
export const EXAMPLE_PLAN_SCHEMA: readonly FieldSchema[] = [
  { name: "person_id", type: "STRING" },
  { name: "plan", type: "STRING" },
  { name: "signup_date", type: "DATE" },
  { name: "onboarding_done", type: "BOOL" },
  { name: "seats_used", type: "INT64" },
  { name: "unsubscribed", type: "BOOL" },
];
const SAMPLE_ROWS = 1000;

/** A small seeded generator (mulberry32): the same people on every start, so the counts a person sees are reproducible. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 1,000 people with the example plan's attributes (plan, signup_date,
 * onboarding_done, seats_used, unsubscribed) and a person_id; seats_used is
 * unknown for about a third of them, so measured coverage differs from the
 * typed one. Sign-up dates count back from `today`, so days_since gives the
 * same audiences whichever day the playground starts.
 */
export function sampleTable(today: Date = new Date()): PlaygroundTable {
  const random = seeded(16);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const rows = Array.from({ length: SAMPLE_ROWS }, (_, i) => {
    const plan = pick(["free", "free", "free", "pro", "pro", "enterprise"]);
    const days = Math.floor(random() * (random() < 0.2 ? 30 : 720));
    return {
      person_id: `p${String(i + 1).padStart(4, "0")}`,
      plan,
      signup_date: new Date(midnight - days * 86_400_000).toISOString().slice(0, 10),
      onboarding_done: days > 14 || random() < 0.3,
      seats_used: random() < 0.35 ? null : plan === "free" ? 1 + Math.floor(random() * 3) : 1 + Math.floor(random() * 40),
      unsubscribed: random() < 0.1,
    };
  });
  return {
    name: SAMPLE_TABLE,
    rows,
    schema: [...EXAMPLE_PLAN_SCHEMA],
  };
}

/** `project.dataset.table=path.csv` as --bigquery-table takes it. */
export function parseTableFlag(value: string): { name: string; path: string } {
  const at = value.indexOf("=");
  const name = at < 0 ? "" : value.slice(0, at);
  const path = at < 0 ? "" : value.slice(at + 1);
  if (name.split(".").length !== 3 || name.split(".").some((part) => !part) || !path)
    throw new Error(`--bigquery-table takes project.dataset.table=path.csv (or .parquet), not "${value}".`);
  return { name, path };
}

/** BigQuery's type for a DuckDB column type; null when BigQuery's emulator has none for it. */
function bigQueryType(duckType: string): FieldSchema["type"] | null {
  if (duckType === "VARCHAR") return "STRING";
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(duckType)) return "INT64";
  if (/^(FLOAT|DOUBLE|DECIMAL)/.test(duckType)) return "FLOAT64";
  if (duckType === "BOOLEAN") return "BOOL";
  if (duckType === "DATE") return "DATE";
  if (duckType.startsWith("TIMESTAMP")) return "TIMESTAMP";
  return null;
}

/** A CSV (header row, types as DuckDB infers them) or Parquet file as a BigQuery table. */
export async function tableFromFile(name: string, path: string): Promise<PlaygroundTable> {
  const kind = extname(path).toLowerCase();
  if (kind !== ".csv" && kind !== ".parquet") throw new Error(`--bigquery-table ${name}: ${path} must be a .csv or .parquet file.`);
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    await db.run("SET TimeZone = 'UTC'");
    const quoted = `'${path.replace(/'/g, "''")}'`;
    const source = kind === ".csv" ? `read_csv(${quoted}, header = true)` : `read_parquet(${quoted})`;
    const reader = await db.runAndReadAll(`SELECT * FROM ${source}`).catch((error: Error) => {
      throw new Error(`--bigquery-table ${name}: cannot read ${path}: ${error.message.split("\n")[0]}`);
    });
    const schema = reader.columnNames().map((column, i) => {
      const duckType = String(reader.columnTypes()[i]);
      const type = bigQueryType(duckType);
      if (!type)
        throw new Error(`--bigquery-table ${name}: column ${column} of ${path} is ${duckType}, which the playground cannot serve.`);
      return { name: column, type };
    });
    const rows = reader.getRowsJson().map((row) => Object.fromEntries(schema.map((field, i) => [field.name, row[i] ?? null])));
    return { name, rows, schema };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
