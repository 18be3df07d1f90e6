// Loads sample people into an in-memory DuckDB table whose columns are the
// sample attribute IDs, and reads query results back as evaluator values.
// The loader writes its own literals (not the compiler's), so a quoting or
// number bug in the compiler cannot hide behind the same bug in the data.

import { DuckDBInstance } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Value } from "../../../src/domain/logic";
import type { SamplePerson } from "../logic/sample";

export const TABLE = "people";

const COLUMNS: ReadonlyArray<[string, string]> = [
  ["plan", "VARCHAR"],
  ["signup_date", "DATE"],
  ["last_seen_at", "TIMESTAMP"],
  ["onboarding_done", "BOOLEAN"],
  ["seats_used", "BIGINT"],
  ["mrr", "DOUBLE"],
  ["country", "VARCHAR"],
  ["features_used", "VARCHAR[]"],
  ["email", "VARCHAR"],
];

const text = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function cell(value: Value | undefined, type: string): string {
  if (value === null || value === undefined) return "NULL";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return type === "DATE" ? `DATE '${iso.slice(0, 10)}'` : `TIMESTAMP '${iso.slice(0, 10)} ${iso.slice(11, 23)}'`;
  }
  if (Array.isArray(value)) return `CAST([${value.map(text).join(", ")}] AS VARCHAR[])`;
  if (typeof value === "number") return `CAST('${value}' AS ${type})`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return text(value as string);
}

/** A connection to a fresh database holding `people` as rows with person_id = index. */
export async function loadPeople(people: readonly SamplePerson[]): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const columns = COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(", ");
  await connection.run(`CREATE TABLE ${TABLE} (person_id INTEGER, ${columns})`);
  const rows = people.map((person, id) => `(${id}, ${COLUMNS.map(([name, type]) => cell(person[name], type)).join(", ")})`);
  // Chunks keep each statement small enough for the parser at benchmark sizes (100,000 rows).
  for (let start = 0; start < rows.length; start += 5_000) {
    await connection.run(`INSERT INTO ${TABLE} VALUES ${rows.slice(start, start + 5_000).join(",\n")}`);
  }
  return connection;
}

/** DuckDB returns BIGINT as bigint and -0 as -0; the evaluator has plain numbers and 0. */
export function normalize(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value + 0;
  return value;
}
