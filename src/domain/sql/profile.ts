// A profile's membership as SQL: a WHERE clause and a complete SELECT of the
// member IDs. Membership is the product rule (DESIGN section 1): eligibility
// true, suppression not true, and score >= threshold when both are given.

import type { Node } from "../logic";
import type { Dialect } from "./dialect";
import { dialectOf } from "./dialects";
import { SqlCompiler } from "./expression";
import type { SqlExpressionOptions } from "./expression";
import { numberSql } from "./literals";

export interface ProfileLogic {
  eligibility: Node;
  suppression?: Node | null;
  score?: Node | null;
  /** Without a threshold the score does not decide membership. */
  scoreThreshold?: number | null;
}

export interface ProfileSqlOptions extends SqlExpressionOptions {
  /** "people", "schema.people" or "project.dataset.people"; an array when a name part holds a dot. */
  table: string | readonly string[];
  /** The column that identifies a person (default "person_id"). */
  idColumn?: string;
}

export interface ProfileSql {
  where: string;
  select: string;
}

export function compileProfile(profile: ProfileLogic, options: ProfileSqlOptions): ProfileSql {
  const dialect = dialectOf(options.dialect);
  const compiler = new SqlCompiler(options);
  const conditions = [dialect.isTrue(compiler.sql(profile.eligibility))];
  if (profile.suppression) conditions.push(`NOT (${dialect.isTrue(compiler.sql(profile.suppression))})`);
  if (profile.score && profile.scoreThreshold != null) {
    conditions.push(`${compiler.sql(profile.score)} >= ${numberSql(profile.scoreThreshold, dialect)}`);
  }
  const where = conditions.join("\n  AND ");
  const table = tableSql(options.table, dialect);
  const id = dialect.identifier(options.idColumn ?? "person_id");
  return { where, select: `SELECT ${id}\nFROM ${table}\nWHERE ${where}` };
}

/** "schema.people" as quoted parts; an array keeps a part that holds a dot whole. */
export function tableSql(table: string | readonly string[], dialect: Dialect): string {
  const parts = typeof table === "string" ? table.split(".") : table;
  return parts.map((part) => dialect.identifier(part)).join(".");
}
