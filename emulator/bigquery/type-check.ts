// GoogleSQL has no implicit casts between STRING and numbers; DuckDB casts a
// literal to the column's type, so `plan = 4` would pass in DuckDB and fail
// in BigQuery. This check refuses a column compared with a literal of
// another kind, the shape a mistyped attribute produces in the compiled SQL.

import type { FieldSchema, FieldType } from "./bigquery-model";
import type { Token } from "./bigquery-sql";

const COMPARISONS = new Set(["=", "!=", "<>", "<", "<=", ">", ">="]);

type Kind = "STRING" | "NUMBER" | "BOOL" | "DATE" | "TIMESTAMP";

function kindOfField(type: FieldType): Kind {
  if (type === "STRING") return "STRING";
  if (type === "BOOL" || type === "BOOLEAN") return "BOOL";
  if (type === "DATE" || type === "TIMESTAMP") return type;
  return "NUMBER";
}

const SQL_NAME: Record<FieldType, string> = {
  STRING: "STRING",
  INT64: "INT64",
  INTEGER: "INT64",
  FLOAT64: "FLOAT64",
  FLOAT: "FLOAT64",
  BOOL: "BOOL",
  BOOLEAN: "BOOL",
  DATE: "DATE",
  TIMESTAMP: "TIMESTAMP",
};

interface Literal {
  kind: Kind;
  name: string;
}

function literalAt(tokens: readonly Token[], i: number): Literal | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "string") return { kind: "STRING", name: "STRING" };
  if (t.kind === "other" && /^[0-9]/.test(t.text))
    return /[.eE]/.test(t.text) ? { kind: "NUMBER", name: "FLOAT64" } : { kind: "NUMBER", name: "INT64" };
  const upper = t.text.toUpperCase();
  if (t.kind === "word" && (upper === "TRUE" || upper === "FALSE")) return { kind: "BOOL", name: "BOOL" };
  if (t.kind === "word" && (upper === "DATE" || upper === "TIMESTAMP") && tokens[i + 1]?.kind === "string")
    return { kind: upper, name: upper };
  return null;
}

/** BigQuery's message for the first column-vs-literal comparison of mismatched kinds, with the column's offset; else null. */
export function typeMismatch(tokens: readonly Token[], fields: readonly FieldSchema[]): { message: string; at: number } | null {
  const significant = tokens.filter((t) => t.kind !== "space");
  const byName = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
  for (let i = 0; i < significant.length; i++) {
    const op = significant[i];
    if (!op || !COMPARISONS.has(op.text)) continue;
    const left = significant[i - 1];
    const sides: [Token | undefined, number, boolean][] = [
      [left, i + 1, true],
      [significant[i + 1], i - 1, false],
    ];
    for (const [column, literalIndex, columnFirst] of sides) {
      if (!column || (column.kind !== "word" && column.kind !== "name")) continue;
      const field = byName.get(column.text.toLowerCase());
      if (!field || field.mode === "REPEATED") continue;
      const lit = literalAt(significant, literalIndex);
      if (!lit || lit.kind === kindOfField(field.type)) continue;
      const types = columnFirst ? `${SQL_NAME[field.type]}, ${lit.name}` : `${lit.name}, ${SQL_NAME[field.type]}`;
      return {
        message: `No matching signature for operator ${op.text} for argument types: ${types}. Supported signature: ANY ${op.text} ANY`,
        at: column.at,
      };
    }
  }
  return null;
}
