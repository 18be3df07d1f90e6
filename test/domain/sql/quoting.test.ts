// Identifiers and strings cannot break out of their quotes in any dialect.
// A reader per dialect (written from the warehouses' documented lexical
// rules, independently of the compiler) must read each quoted token back to
// the original text and stop exactly at its end; DuckDB confirms it live.

import fc from "fast-check";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { DIALECTS, compileProfile, dialectOf } from "../../../src/domain/sql";
import type { DialectName } from "../../../src/domain/sql";
import { parseExpression } from "../../../src/domain/logic";
import { SAMPLE_ATTRIBUTES } from "../logic/sample";

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t" };

/** Reads one quoted token from the start of `sql`; returns its text and where it ended. */
function readQuoted(sql: string, quote: string, backslashEscapes: boolean, doubledQuotes: boolean): { text: string; end: number } {
  if (sql[0] !== quote) throw new Error(`expected ${quote} at the start of ${sql}`);
  let text = "";
  for (let i = 1; i < sql.length; i++) {
    const char = sql[i];
    if (backslashEscapes && char === "\\") {
      const next = sql[++i];
      if (next === "x") {
        text += String.fromCharCode(parseInt(sql.slice(i + 1, i + 3), 16));
        i += 2;
      } else text += ESCAPES[next] ?? next;
    } else if (char === quote && doubledQuotes && sql[i + 1] === quote) {
      text += quote;
      i++;
    } else if (char === quote) return { text, end: i + 1 };
    else text += char;
  }
  throw new Error(`unterminated ${sql}`);
}

function readString(dialect: DialectName, sql: string): { text: string; end: number } {
  if (dialect === "bigquery") return readQuoted(sql, "'", true, false);
  if (dialect === "snowflake") return readQuoted(sql, "'", true, true);
  if (dialect === "postgres" && sql.startsWith("E'")) {
    const read = readQuoted(sql.slice(1), "'", true, true);
    return { text: read.text, end: read.end + 1 };
  }
  return readQuoted(sql, "'", false, true);
}

function readIdentifier(dialect: DialectName, sql: string): { text: string; end: number } {
  return dialect === "bigquery" ? readQuoted(sql, "`", true, false) : readQuoted(sql, '"', false, true);
}

const NASTY = [`a"b`, "it's", "back\\slash", "\\'; DROP TABLE people; --", "tick`s", "line\nbreak", "", `'"\`\\`];

describe("quoting", () => {
  const cases = DIALECTS.flatMap((dialect) => NASTY.map((text) => [dialect, text] as const));
  it.each(cases)("%s reads %j back whole, as a string and as an identifier", (dialect, text) => {
    const d = dialectOf(dialect);
    const literal = d.string(text);
    expect(readString(dialect, literal)).toEqual({ text, end: literal.length });
    const identifier = d.identifier(text);
    expect(readIdentifier(dialect, identifier)).toEqual({ text, end: identifier.length });
  });

  it("quotes every generated text safely in every dialect", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DIALECTS), fc.string({ unit: "binary", maxLength: 20 }), (dialect, text) => {
        const d = dialectOf(dialect);
        expect(readString(dialect, d.string(text)).end).toBe(d.string(text).length);
        expect(readIdentifier(dialect, d.identifier(text)).end).toBe(d.identifier(text).length);
      }),
      { numRuns: 500 },
    );
  });

  it("writes the documented forms for quotes and backslashes", () => {
    expect(dialectOf("bigquery").string("it's a\\b")).toBe("'it\\'s a\\\\b'");
    expect(dialectOf("snowflake").string("it's a\\b")).toBe("'it''s a\\\\b'");
    expect(dialectOf("postgres").string("it's")).toBe("'it''s'");
    expect(dialectOf("postgres").string("a\\b")).toBe("E'a\\\\b'");
    expect(dialectOf("duckdb").string("it's a\\b")).toBe("'it''s a\\b'");
    expect(dialectOf("bigquery").identifier("a`b")).toBe("`a\\`b`");
    expect(dialectOf("postgres").identifier('a"b')).toBe('"a""b"');
  });

  it("runs in DuckDB: hostile values and column names select the right rows and drop nothing", async () => {
    const db = await (await DuckDBInstance.create(":memory:")).connect();
    const column = `it's a "col"\\`;
    await db.run(`CREATE TABLE people (person_id INTEGER, ${dialectOf("duckdb").identifier(column)} VARCHAR)`);
    const values = NASTY.map((text) => dialectOf("duckdb").string(text)).map((sql, id) => `(${id}, ${sql})`);
    await db.run(`INSERT INTO people VALUES ${values.join(", ")}`);
    for (const [id, text] of NASTY.entries()) {
      const parsed = parseExpression(`country = "${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { select } = compileProfile(
        { eligibility: parsed.ast },
        {
          dialect: "duckdb",
          table: "people",
          attributes: SAMPLE_ATTRIBUTES,
          columnOf: () => column,
        },
      );
      const rows = (await db.runAndReadAll(select)).getRows().map(([value]) => value);
      expect(rows).toEqual([id]);
    }
    expect((await db.runAndReadAll("SELECT count(*) FROM people")).getRows()).toEqual([[BigInt(NASTY.length)]]);
    db.closeSync();
  });
});
