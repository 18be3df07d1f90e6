// The dialect registry: a name from the CLI or the plan to its Dialect.

import { bigquery } from "./bigquery";
import type { Dialect, DialectName } from "./dialect";
import { duckdb } from "./duckdb";
import { postgres } from "./postgres";
import { snowflake } from "./snowflake";

const REGISTRY: Readonly<Record<DialectName, Dialect>> = { bigquery, snowflake, postgres, duckdb };

export function dialectOf(name: DialectName): Dialect {
  return REGISTRY[name];
}
