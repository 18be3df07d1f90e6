// The column type each attribute Type must have in each warehouse for the
// compiled SQL to mean what the evaluator means. Timestamps are instants:
// PostgreSQL's timestamp without time zone would be read in the session's
// TimeZone, and DuckDB's TIMESTAMPTZ compared with a TIMESTAMP literal too,
// so those two are the types to use (the CLI's estimate converts the others).

import type { AttributeType } from "../logic";
import type { DialectName } from "./dialect";

export const COLUMN_TYPES: Readonly<Record<DialectName, Readonly<Record<AttributeType, string>>>> = {
  bigquery: {
    string: "STRING",
    enum: "STRING",
    number: "FLOAT64 or INT64",
    integer: "INT64",
    boolean: "BOOL",
    date: "DATE",
    timestamp: "TIMESTAMP",
    string_list: "ARRAY<STRING>",
  },
  snowflake: {
    string: "VARCHAR",
    enum: "VARCHAR",
    number: "FLOAT or NUMBER",
    integer: "NUMBER(38,0)",
    boolean: "BOOLEAN",
    date: "DATE",
    timestamp: "TIMESTAMP_NTZ holding UTC",
    string_list: "ARRAY of strings",
  },
  postgres: {
    string: "text",
    enum: "text",
    number: "double precision or any numeric type",
    integer: "bigint or integer",
    boolean: "boolean",
    date: "date",
    timestamp: "timestamptz",
    string_list: "text[]",
  },
  duckdb: {
    string: "VARCHAR",
    enum: "VARCHAR",
    number: "DOUBLE or any numeric type",
    integer: "BIGINT or any integer type",
    boolean: "BOOLEAN",
    date: "DATE",
    timestamp: "TIMESTAMP holding UTC",
    string_list: "VARCHAR[]",
  },
};
