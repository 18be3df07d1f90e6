// The GoogleSQL the add-on sends, rewritten for DuckDB. Only the constructs
// the SQL compiler's BigQuery dialect emits are covered (backtick names,
// backslash-escaped strings, SAFE_ arithmetic, COUNTIF, DATE_DIFF,
// TIMESTAMP_DIFF, TIMESTAMP/DATE with a zone, IN UNNEST, ARRAY_LENGTH);
// anything else passes through and DuckDB judges it.

export interface Token {
  kind: "name" | "string" | "word" | "space" | "other";
  text: string;
  /** Offset in the GoogleSQL text, for BigQuery's [line:column] positions. */
  at: number;
}

function unescapeBody(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
    e.length === 3 ? String.fromCharCode(Number.parseInt(e.slice(1), 16)) : e,
  );
}

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /`((?:[^`\\]|\\.)*)`|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([A-Za-z_][A-Za-z0-9_]*)|(\s+|[0-9][0-9.eE]*)|(>=|<=|<>|!=|\|\||.)/gs;
  for (const m of sql.matchAll(re)) {
    const at = m.index;
    if (m[1] !== undefined) tokens.push({ kind: "name", text: unescapeBody(m[1]), at });
    else if (m[2] !== undefined) tokens.push({ kind: "string", text: unescapeBody(m[2]), at });
    else if (m[3] !== undefined) tokens.push({ kind: "string", text: unescapeBody(m[3]), at });
    else if (m[4] !== undefined) tokens.push({ kind: "word", text: m[4], at });
    else if (m[5] !== undefined) tokens.push({ kind: /^\s/.test(m[5]) ? "space" : "other", text: m[5], at });
    else if (m[6] !== undefined) tokens.push({ kind: "other", text: m[6], at });
  }
  return joinPaths(tokens);
}

/** `p`.`d`.`t` is the same path as `p.d.t`: one name token either way. */
function joinPaths(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const dot = out.at(-1);
    const before = out.at(-2);
    if (t.kind === "name" && dot?.text === "." && before?.kind === "name") {
      out.pop();
      before.text = `${before.text}.${t.text}`;
    } else out.push(t);
  }
  return out;
}

/** DuckDB macros standing in for GoogleSQL functions; created once per database. */
export const DUCKDB_MACROS = [
  "CREATE MACRO safe_add(a, b) AS a + b",
  "CREATE MACRO safe_subtract(a, b) AS a - b",
  "CREATE MACRO safe_multiply(a, b) AS a * b",
  "CREATE MACRO safe_divide(a, b) AS CASE WHEN b = 0 THEN NULL ELSE a / b END",
  "CREATE MACRO bq_date_diff(a, b, part) AS date_diff(part, b, a)",
  "CREATE MACRO bq_timestamp_diff(a, b, part) AS date_diff(part, b, a)",
  "CREATE MACRO bq_timestamp(x, zone) AS CAST(x AS TIMESTAMPTZ)",
  "CREATE MACRO bq_date(x, zone) AS CAST(CAST(x AS TIMESTAMPTZ) AS DATE)",
];

const RENAMES: Record<string, string> = {
  DATE_DIFF: "bq_date_diff",
  TIMESTAMP_DIFF: "bq_timestamp_diff",
  ARRAY_LENGTH: "len",
  CURRENT_TIMESTAMP: "now",
};
const TYPES: Record<string, string> = { FLOAT64: "DOUBLE", INT64: "BIGINT", NUMERIC: "DECIMAL(38, 9)", BOOL: "BOOLEAN" };
const PARTS = new Set(["DAY", "HOUR", "MINUTE", "SECOND", "MILLISECOND", "MICROSECOND"]);

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** `tableName` maps a backtick-quoted project.dataset.table to the DuckDB table, or returns null when it is no table. */
export function toDuckDb(tokens: readonly Token[], tableName: (name: string) => string | null): string {
  const out: string[] = [];
  const closeAfter: number[] = [];
  let depth = 0;
  const significant = tokens.filter((t) => t.kind !== "space");
  significant.forEach((t, i) => {
    const next = significant[i + 1];
    const prev = significant[i - 1];
    const upper = t.text.toUpperCase();
    if (t.kind === "name") out.push(tableName(t.text) ?? quoteName(t.text));
    else if (t.kind === "string") out.push(quoteString(t.text));
    else if (t.kind === "word" && next?.text === "(" && RENAMES[upper]) out.push(RENAMES[upper]);
    else if (t.kind === "word" && next?.text === "(" && (upper === "TIMESTAMP" || upper === "DATE")) out.push(`bq_${upper.toLowerCase()}`);
    else if (t.kind === "word" && TYPES[upper] && next?.text !== "(") out.push(TYPES[upper] as string);
    else if (t.kind === "word" && PARTS.has(upper) && prev?.text === "," && next?.text === ")") out.push(quoteString(upper.toLowerCase()));
    else if (t.kind === "word" && upper === "UNNEST" && prev?.text.toUpperCase() === "IN") {
      // x IN UNNEST(list)  →  x IN (SELECT UNNEST(list))
      out.push("(SELECT UNNEST");
      closeAfter.push(depth + 1);
    } else if (t.text === "(") {
      depth++;
      out.push("(");
    } else if (t.text === ")") {
      out.push(")");
      if (closeAfter.at(-1) === depth) {
        closeAfter.pop();
        out.push(")");
      }
      depth--;
    } else out.push(t.text);
  });
  // Tokens are rejoined with single spaces: no GoogleSQL token the dialect emits needs the original spacing.
  return out.join(" ");
}

/** BigQuery's [line:column] of an offset, both 1-based. */
export function position(sql: string, at: number): string {
  const before = sql.slice(0, Math.max(0, at)).split("\n");
  return `[${before.length}:${(before.at(-1)?.length ?? 0) + 1}]`;
}
