// Every parser that reads what a person typed runs in time linear in the text,
// so one 50,000-character cell cannot stall validation, import or the sidebar.
// Each parser gets 100,000-character cells built to make a backtracking regex
// (or a careless scanner) go quadratic, and must finish within a budget set by
// a linear scan of text that long, timed in the same run: a busy machine slows
// both alike. A quadratic pattern takes seconds to minutes on these cells; the
// budget is a few hundred milliseconds.

import { describe, expect, it } from "vitest";
import { parsePerson } from "../../src/domain/analysis/profile-tests/person-parser";
import { parseFrequencyCap } from "../../src/domain/analysis/frequency/frequency-cap";
import type { AttributeInfo } from "../../src/domain/logic";
import { parseExpression } from "../../src/domain/logic/parser";
import { parsePlanFile } from "../../src/domain/plan/parse-plan-file";
import { readCell } from "../../src/domain/preview/cell-values";
import { parseCsv } from "../../src/domain/preview/csv";
import { describeColumns } from "../../src/domain/schema/columns";
import { PLAN_SHEET, SHEETS } from "../../src/domain/schema/workbook";
import { asLiteralText } from "../../src/domain/workbook/literal-text";
import { makePlanId } from "../../src/domain/workbook/plan-id";

const N = 100_000;
const FACTOR = 100;
const FLOOR_MS = 50;

const run = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Cells of about n characters that make overlapping quantifiers backtrack: long runs that fail at the very end. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  digits: (n) => `${run("1", n)}x`,
  "digits after a dot": (n) => `1.${run("1", n)}x`,
  "digits after an exponent": (n) => `1e${run("1", n)}x`,
  "digits then spaces": (n) => `${run("1", n / 2)}${run(" ", n / 2)}x`,
  "digit, spaces": (n) => `1${run(" ", n)}x`,
  "digit, spaces, percent, spaces": (n) => `1${run(" ", n / 2)}%${run(" ", n / 2)}x`,
  "dots and digits": (n) => `${run("1.", n)}x`,
  "thousands commas": (n) => `${run("1,", n)}x`,
  "leading spaces": (n) => `${run(" ", n)}x`,
  "at signs": (n) => run("a@", n),
  "domain of dots": (n) => `a@${run(".", n)}@`,
  "domain labels": (n) => `a@${run("a.", n)},`,
  "letters then bang": (n) => `${run("a", n)}!`,
  dashes: (n) => `${run("-", n)}x`,
  commas: (n) => run(",", n),
  "semicolons and newlines": (n) => run(";\n", n),
  quotes: (n) => `"${run('""', n)}`,
  "open brackets": (n) => run("([", n),
  "date then digits": (n) => `2025-06-01T${run("1", n)}`,
  "duration digits": (n) => `${run("1", n)}d!`,
  "cap spaces": (n) => `1${run(" ", n / 2)}/${run(" ", n / 2)}x`,
};

const ATTRIBUTES: ReadonlyMap<string, AttributeInfo> = new Map([
  ["plan", { id: "plan", type: "string", allowedValues: [] }],
  ["seats", { id: "seats", type: "number", allowedValues: [] }],
]);

/** The same texts after "plan = ", where the person parser reads a value. */
const CELLS: Record<string, (n: number) => string> = {
  ...ADVERSARIAL,
  ...Object.fromEntries(Object.entries(ADVERSARIAL).map(([name, make]) => [`plan = ${name}`, (n: number) => `plan = ${make(n)}`])),
};

const sampleContext = (type: "number" | "date" | "string_list" | "timestamp") => ({ type, allowedValues: [], dayOf: () => "2025-06-01" });

const PARSERS: Record<string, (text: string) => unknown> = {
  asLiteralText,
  parseFrequencyCap,
  makePlanId: (text) => makePlanId(text, "7f3a"),
  parseExpression,
  parsePerson: (text) => parsePerson(text, ATTRIBUTES),
  parseCsv,
  parsePlanFile,
  "sample number": (text) => readCell(text, sampleContext("number")),
  "sample date": (text) => readCell(text, sampleContext("date")),
  "sample timestamp": (text) => readCell(text, sampleContext("timestamp")),
  "sample list": (text) => readCell(text, sampleContext("string_list")),
};

// Every sheet column's coercion (numbers, emails, durations, dates, IDs, lists, …) through the column registry.
for (const sheet of [PLAN_SHEET, ...SHEETS]) {
  for (const column of describeColumns(sheet.row)) PARSERS[`${sheet.name} / ${column.label}`] = column.parse;
}

function fastest(work: () => unknown, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * What linear work costs on this machine right now: one pass that reads each
 * character and allocates a small object for it, as a tokenizer does.
 */
function scan(text: string): number {
  const tokens: { code: number; at: number }[] = [];
  for (let i = 0; i < text.length; i++) tokens.push({ code: text.charCodeAt(i), at: i });
  return tokens.length;
}

const SIZES = [N / 100, N / 10, N];

/** A budget for a cell size, measured afresh for each parser and each retry (the machine's load changes during the run). */
function budget(n: number): number {
  const text = run("a", n);
  return Math.max(FLOOR_MS, FACTOR * fastest(() => scan(text), 5));
}

/**
 * The parser's time on the cell at 1,000, 10,000 and 100,000 characters, each
 * against its own budget; it stops at the first size over budget, so a
 * quadratic (or worse) pattern fails in seconds rather than running for minutes.
 */
function overBudget(parse: (text: string) => unknown, make: (n: number) => string, limits: readonly number[]): string | null {
  for (const [i, n] of SIZES.entries()) {
    const text = make(n);
    // Parser and budget are measured again (up to four times) only while over budget, so a garbage collection,
    // a cold JIT or another process stalling one run does not fail the test; a quadratic parser stays over every time.
    let took = fastest(() => parse(text), 1);
    let limit = limits[i];
    for (let retry = 0; retry < 4 && took > limit; retry++) {
      took = Math.min(
        took,
        fastest(() => parse(text), 1),
      );
      limit = Math.max(limit, budget(n));
    }
    if (took > limit) return `${took.toFixed(0)} ms at ${text.length} characters (budget ${limit.toFixed(0)} ms)`;
  }
  return null;
}

describe("parsers of typed text run in linear time on 100,000-character cells", () => {
  it.each(Object.keys(PARSERS))("%s", (name) => {
    const limits = SIZES.map(budget);
    const slow: string[] = [];
    for (const [cellName, make] of Object.entries(CELLS)) {
      const problem = overBudget(PARSERS[name], make, limits);
      if (problem) slow.push(`${cellName}: ${problem}`);
    }
    expect(slow).toEqual([]);
  });

  it("a person cell with a mistake every two characters costs the same per mistake at any length", () => {
    // 50,000 mistakes make 50,000 messages, so this compares the parser with itself on an eighth of the text.
    const small = run("1;", N / 8);
    const large = run("1;", N);
    // Linear is 8 times the time, quadratic 64: the bound sits between. Measured again (up to three times)
    // only while over it, since a loaded machine can stall one run; a quadratic parser stays over every time.
    const ratio = () =>
      fastest(() => parsePerson(large, ATTRIBUTES), 3) /
      Math.max(
        1,
        fastest(() => parsePerson(small, ATTRIBUTES), 3),
      );
    let best = ratio();
    for (let retry = 0; retry < 3 && best >= 8 * 4; retry++) best = Math.min(best, ratio());
    expect(best).toBeLessThan(8 * 4);
  });

  it("the adversarial cells are refused, as they should be, not silently accepted", () => {
    expect(parseFrequencyCap(ADVERSARIAL["cap spaces"](N)).ok).toBe(false);
    expect(readCell(ADVERSARIAL.digits(N), sampleContext("number")).ok).toBe(false);
    expect(asLiteralText(ADVERSARIAL["digits then spaces"](N))).toBe(ADVERSARIAL["digits then spaces"](N));
    expect(parsePerson(CELLS["plan = digits"](N), ATTRIBUTES).ok).toBe(false);
  });
});
