// The same people in real DuckDB and real PostgreSQL (PGlite, Postgres
// compiled to WASM), each with the column types its dialect expects: DuckDB
// TIMESTAMP and PostgreSQL timestamptz hold instants. The loader writes its
// own literals, never the compiler's, so a compiler bug cannot hide behind
// the same bug in the data. Both sessions run in a zone far from UTC, so SQL
// that leans on the session's time zone shows up as a mismatch.

import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import type { Value } from "../../../src/domain/logic";
import type { DialectName } from "../../../src/domain/sql";

export const TABLE = "people";
export const SESSION_ZONE = "Asia/Kathmandu";

type ColumnKind = "text" | "date" | "timestamp" | "boolean" | "integer" | "double" | "list";

const COLUMNS: ReadonlyArray<[string, ColumnKind]> = [
  ["plan", "text"],
  ["signup_date", "date"],
  ["last_seen_at", "timestamp"],
  ["onboarding_done", "boolean"],
  ["seats_used", "integer"],
  ["mrr", "double"],
  ["country", "text"],
  ["features_used", "list"],
  ["email", "text"],
];

const TYPES: Record<"duckdb" | "postgres", Record<ColumnKind, string>> = {
  duckdb: {
    text: "VARCHAR",
    date: "DATE",
    timestamp: "TIMESTAMP",
    boolean: "BOOLEAN",
    integer: "BIGINT",
    double: "DOUBLE",
    list: "VARCHAR[]",
  },
  postgres: {
    text: "TEXT",
    date: "DATE",
    timestamp: "TIMESTAMPTZ",
    boolean: "BOOLEAN",
    integer: "BIGINT",
    double: "DOUBLE PRECISION",
    list: "TEXT[]",
  },
};

const text = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function cell(engine: "duckdb" | "postgres", value: Value | undefined, kind: ColumnKind): string {
  if (value === null || value === undefined) return "NULL";
  const type = TYPES[engine][kind];
  if (value instanceof Date) {
    const iso = value.toISOString();
    if (kind === "date") return `DATE '${iso.slice(0, 10)}'`;
    return engine === "duckdb"
      ? `TIMESTAMP '${iso.slice(0, 10)} ${iso.slice(11, 23)}'`
      : `TIMESTAMPTZ '${iso.slice(0, 10)} ${iso.slice(11, 23)}+00'`;
  }
  if (Array.isArray(value)) {
    return engine === "duckdb"
      ? `CAST([${value.map(text).join(", ")}] AS ${type})`
      : `CAST(ARRAY[${value.map(text).join(", ")}]::TEXT[] AS ${type})`;
  }
  if (typeof value === "number") return `CAST('${value}' AS ${type})`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return text(value as string);
}

function statements(engine: "duckdb" | "postgres", people: readonly Record<string, Value>[]): string[] {
  const columns = COLUMNS.map(([name, kind]) => `"${name}" ${TYPES[engine][kind]}`).join(", ");
  const rows = people.map((person, id) => `(${id}, ${COLUMNS.map(([name, kind]) => cell(engine, person[name], kind)).join(", ")})`);
  const inserts: string[] = [];
  for (let start = 0; start < rows.length; start += 2_000) {
    inserts.push(`INSERT INTO ${TABLE} VALUES ${rows.slice(start, start + 2_000).join(",\n")}`);
  }
  return [`CREATE TABLE ${TABLE} (person_id INTEGER, ${columns})`, ...inserts];
}

export interface Engine {
  dialect: Extract<DialectName, "duckdb" | "postgres">;
  /** Rows as objects keyed by column name; integers as numbers. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const plain = (value: unknown): unknown => (typeof value === "bigint" ? Number(value) : typeof value === "number" ? value + 0 : value);

export async function duckdbEngine(people: readonly Record<string, Value>[]): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`SET TimeZone = '${SESSION_ZONE}'`);
  for (const sql of statements("duckdb", people)) await connection.run(sql);
  return {
    dialect: "duckdb",
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      const names = reader.columnNames();
      return reader.getRows().map((row) => Object.fromEntries(row.map((value, i) => [names[i], plain(value)])));
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function postgresEngine(people: readonly Record<string, Value>[]): Promise<Engine> {
  const pg = await PGlite.create();
  await pg.exec(`SET TimeZone = '${SESSION_ZONE}'`);
  for (const sql of statements("postgres", people)) await pg.exec(sql);
  return {
    dialect: "postgres",
    async query(sql) {
      const result = await pg.query<Record<string, unknown>>(sql);
      return result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)])));
    },
    close: () => pg.close(),
  };
}
