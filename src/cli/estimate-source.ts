// The people file of `estimate`, opened in DuckDB as a view whose columns have
// the types the compiled SQL expects (COLUMN_TYPES): a missing column or a
// column of the wrong type is named before anything is counted. CSV is read
// as text and each cell converted by the rules of the add-on's Sample data
// sheet (numbers with a dot, true/yes/1, YYYY-MM-DD, ISO timestamps in UTC
// when no offset is given, lists as "a, b" or ["a", "b"]); a cell that does
// not convert is a wrong value, counted and shown. TIMESTAMPTZ columns are
// read as UTC instants, explicitly, whatever the session's time zone.

import { existsSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { AttributeInfo } from "../domain/logic";
import { dialectOf } from "../domain/sql";
import { UsageError } from "./args";

const duck = dialectOf("duckdb");
export const TYPED_VIEW = "estimate_people";

export type SourceKind = "csv" | "parquet" | "duckdb";

export function sourceKind(path: string): SourceKind {
  if (!existsSync(path)) throw new UsageError(`Cannot read ${path}: no such file`);
  if (/\.csv$/i.test(path)) return "csv";
  if (/\.parquet$/i.test(path)) return "parquet";
  if (/\.(duckdb|db)$/i.test(path)) return "duckdb";
  throw new UsageError(`${path} is not a .csv, .parquet or .duckdb file`);
}

export interface ColumnUse {
  attribute: AttributeInfo;
  column: string;
}

export interface TypedSource {
  /** One sentence per problem: a missing column, a wrong type, values that do not convert. */
  problems: string[];
  /** How a column was read when it was converted, for the report. */
  conversions: string[];
}

const NUMBER = String.raw`^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$`;
const DAY = String.raw`^\d{4}-\d{2}-\d{2}$`;
const ISO = String.raw`^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$`;
const INTEGERS = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const NUMBERS = /^(FLOAT|DOUBLE|DECIMAL\(\d+,\d+\))$/;

/** SQL reading text `t` (already trimmed, never '') as the attribute's type; null where it does not convert. */
function fromText(type: AttributeInfo["type"], t: string): string {
  switch (type) {
    case "number":
      return `CASE WHEN regexp_matches(${t}, '${NUMBER}') THEN CAST(${t} AS DOUBLE) END`;
    case "integer":
      return `CASE WHEN regexp_matches(${t}, '${NUMBER}') AND CAST(${t} AS DOUBLE) = floor(CAST(${t} AS DOUBLE)) THEN CAST(${t} AS DOUBLE) END`;
    case "boolean":
      return `CASE WHEN lower(${t}) IN ('true', 'yes', '1') THEN TRUE WHEN lower(${t}) IN ('false', 'no', '0') THEN FALSE END`;
    case "date":
      return `CASE WHEN regexp_matches(${t}, '${DAY}') THEN TRY_CAST(${t} AS DATE) END`;
    case "timestamp":
      return `CASE WHEN regexp_matches(${t}, '${ISO}') THEN timezone('UTC', TRY_CAST(${t} AS TIMESTAMPTZ)) END`;
    case "string_list":
      return `CASE WHEN starts_with(${t}, '[') THEN TRY_CAST(TRY_CAST(${t} AS JSON) AS VARCHAR[]) ELSE list_filter(list_transform(string_split(${t}, ','), x -> trim(x)), x -> x <> '') END`;
    default:
      return t;
  }
}

const EXPECTED: Record<AttributeInfo["type"], string> = {
  string: "VARCHAR",
  enum: "VARCHAR",
  number: "a numeric type",
  integer: "an integer type",
  boolean: "BOOLEAN",
  date: "DATE",
  timestamp: "TIMESTAMP or TIMESTAMP WITH TIME ZONE",
  string_list: "VARCHAR[]",
  unknown: "a known type",
};

/** The view column for a native (non-CSV) column, or undefined when its type is wrong. */
function fromNative(type: AttributeInfo["type"], sourceType: string, c: string): string | undefined {
  if (sourceType === "VARCHAR") return type === "string" || type === "enum" ? c : undefined;
  switch (type) {
    case "number":
      return INTEGERS.test(sourceType) || NUMBERS.test(sourceType) ? `CAST(${c} AS DOUBLE)` : undefined;
    case "integer":
      return INTEGERS.test(sourceType) ? c : undefined;
    case "boolean":
      return sourceType === "BOOLEAN" ? c : undefined;
    case "date":
      return sourceType === "DATE" ? c : undefined;
    case "timestamp":
      if (sourceType === "TIMESTAMP WITH TIME ZONE") return `timezone('UTC', ${c})`;
      return /^TIMESTAMP(_S|_MS|_NS)?$/.test(sourceType) ? `CAST(${c} AS TIMESTAMP)` : undefined;
    case "string_list":
      return sourceType === "VARCHAR[]" ? c : undefined;
    default:
      return undefined;
  }
}

/** The source as a relation: a file read by DuckDB, or a table of an attached database. */
export async function sourceRelation(db: DuckDBConnection, path: string, kind: SourceKind, table: string): Promise<string> {
  if (kind === "csv") return `read_csv(${duck.string(path)}, header = true, delim = ',', quote = '"', all_varchar = true)`;
  if (kind === "parquet") return `read_parquet(${duck.string(path)})`;
  await db.run(`ATTACH ${duck.string(path)} AS estimate_source (READ_ONLY)`);
  return ["estimate_source", ...table.split(".")].map((part) => duck.identifier(part)).join(".");
}

/** Creates TYPED_VIEW over `relation` with one column per attribute used, typed for the SQL. */
export async function typedSource(
  db: DuckDBConnection,
  relation: string,
  kind: SourceKind,
  uses: readonly ColumnUse[],
  label: string,
): Promise<TypedSource> {
  const described = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`)).getRows();
  const types = new Map(described.map(([name, type]) => [String(name).toLowerCase(), { name: String(name), type: String(type) }]));
  const problems: string[] = [];
  const conversions: string[] = [];
  const selects = new Map<string, string>();
  const checks: { use: ColumnUse; source: string; converted: string }[] = [];
  for (const use of uses) {
    if (selects.has(use.column)) continue;
    const found = types.get(use.column.toLowerCase());
    const named = `column ${use.column} (attribute ${use.attribute.id}, Type ${use.attribute.type})`;
    if (!found) {
      const columns = [...types.values()].map((t) => t.name).join(", ");
      problems.push(`${label} has no ${named}; set the attribute's Source field to the column's name. Its columns: ${columns}`);
      continue;
    }
    const source = duck.identifier(found.name);
    if (kind === "csv" && use.attribute.type !== "string" && use.attribute.type !== "enum") {
      const converted = fromText(use.attribute.type, `NULLIF(trim(${source}), '')`);
      selects.set(use.column, converted);
      checks.push({ use, source, converted });
      continue;
    }
    const native = fromNative(use.attribute.type, found.type, source);
    if (native === undefined) {
      problems.push(`${named} is ${found.type} in ${label}; Type ${use.attribute.type} needs ${EXPECTED[use.attribute.type]}`);
      continue;
    }
    if (found.type === "TIMESTAMP WITH TIME ZONE") conversions.push(`${use.column}: TIMESTAMP WITH TIME ZONE, read as UTC instants`);
    selects.set(use.column, native);
  }
  if (problems.length > 0) return { problems, conversions };
  const columns = [...selects].map(([column, sql]) => `${sql} AS ${duck.identifier(column)}`);
  await db.run(`CREATE TEMP VIEW ${TYPED_VIEW} AS SELECT ${columns.length > 0 ? columns.join(", ") : "1 AS empty"} FROM ${relation}`);
  problems.push(...(await badValues(db, relation, checks, label)));
  return { problems, conversions };
}

/** How a CSV cell of each Type must be written (the Sample data sheet's rules). */
const WRITTEN_AS: Partial<Record<AttributeInfo["type"], string>> = {
  number: "a number (digits, a dot for decimals)",
  integer: "a whole number",
  boolean: "true or false (also yes/no, 1/0)",
  date: "a date (YYYY-MM-DD)",
  timestamp: "an ISO timestamp (2025-06-01T09:30:00Z; UTC without an offset)",
  string_list: 'a list ("a, b" or ["a", "b"])',
};

/** Cells that hold something but do not convert: how many per column, and the first one. */
async function badValues(
  db: DuckDBConnection,
  relation: string,
  checks: { use: ColumnUse; source: string; converted: string }[],
  label: string,
): Promise<string[]> {
  if (checks.length === 0) return [];
  const parts = checks.map(({ source, converted }, i) => {
    const bad = `NULLIF(trim(${source}), '') IS NOT NULL AND (${converted}) IS NULL`;
    return `COUNT(*) FILTER (WHERE ${bad}) AS n${i}, first(${source}) FILTER (WHERE ${bad}) AS v${i}`;
  });
  const [row] = (await db.runAndReadAll(`SELECT ${parts.join(", ")} FROM ${relation}`)).getRows();
  return checks.flatMap(({ use }, i) => {
    const count = Number(row[2 * i]);
    if (count === 0) return [];
    const expected = WRITTEN_AS[use.attribute.type] ?? use.attribute.type;
    const values = count === 1 ? "1 value that does not read as" : `${count} values that do not read as`;
    return [
      `column ${use.column} (attribute ${use.attribute.id}) in ${label} has ${values} ${expected}, e.g. ${JSON.stringify(String(row[2 * i + 1]))}`,
    ];
  });
}
