import type { DialectName } from "../../src/domain/sql/dialect";

/** The warehouses in the order the switcher lists them, with the names people use for them. */
export const DIALECT_OPTIONS: readonly { value: DialectName; label: string }[] = [
  { value: "bigquery", label: "BigQuery" },
  { value: "snowflake", label: "Snowflake" },
  { value: "postgres", label: "PostgreSQL" },
  { value: "duckdb", label: "DuckDB" },
];
