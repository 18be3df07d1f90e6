// The linear rewrites accept and refuse exactly what the old patterns did, with
// the same messages. The old patterns are kept here as reference
// implementations and run on short texts, where their backtracking is cheap;
// the alphabets are the characters each pattern cares about, so generated
// texts hit the edges (a lone dot, "1.", ".5", "a@.b", trailing % …).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caretDisplay } from "../../src/domain/logic/errors";
import { readCell } from "../../src/domain/preview/cell-values";
import { type Coerced, showCell, toEmail, toNumber, toText } from "../../src/domain/schema/cell-values";
import { asLiteralText } from "../../src/domain/workbook/literal-text";

const textOver = (alphabet: string, maxLength = 14) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((characters) => characters.join(""));

const RUNS = { numRuns: 3000 };

// --- the patterns as they were -----------------------------------------------

function oldToNumber(value: unknown): Coerced<number> {
  if (typeof value === "number")
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: `must be a number (got ${showCell(value)})` };
  if (typeof value !== "string") return { ok: false, problem: `must be a number (got ${showCell(value)})` };
  const cleaned = value
    .trim()
    .replace(/%$/, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { ok: false, problem: `must be a number (got ${showCell(value)})` };
  return { ok: true, value: Number(cleaned) };
}

function oldToEmail(value: unknown): Coerced<string> {
  const text = toText(value);
  return /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(text)
    ? { ok: true, value: text }
    : { ok: false, problem: `must be an email address such as ana@example.com (got ${showCell(text)})` };
}

const OLD_REINTERPRETED = [
  /^[=+\-@']/,
  /^\s*[-+]?[\d.,]*\d[\d.,]*\s*%?\s*$/,
  /^\s*(true|false)\s*$/i,
  /^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/,
];
const oldAsLiteralText = (text: string) => (OLD_REINTERPRETED.some((pattern) => pattern.test(text)) ? `'${text}` : text);

const OLD_SAMPLE_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const OLD_WINDOW = 60;
function oldCaretDisplay(source: string, index: number): string {
  const at = Math.max(0, Math.min(index, source.length));
  const lineStart = source.lastIndexOf("\n", at - 1) + 1;
  let lineEnd = source.indexOf("\n", at);
  if (lineEnd === -1) lineEnd = source.length;
  let from = lineStart;
  let to = lineEnd;
  let prefix = "";
  let suffix = "";
  if (at - from > OLD_WINDOW) {
    from = at - OLD_WINDOW;
    prefix = "…";
  }
  if (to - at > OLD_WINDOW) {
    to = at + OLD_WINDOW;
    suffix = "…";
  }
  const line = prefix + source.slice(from, to).replace(/\r$/, "") + suffix;
  const pad = (prefix + source.slice(from, at)).replace(/[^\t]/g, " ");
  return `${line}\n${pad}^`;
}

// --- agreement -------------------------------------------------------------

describe("the linear patterns agree with the old ones on short texts", () => {
  it("toNumber: same numbers, same refusals", () => {
    fc.assert(
      fc.property(textOver("0123456789.,+-eE% \t"), (text) => {
        expect(toNumber(text)).toEqual(oldToNumber(text));
      }),
      RUNS,
    );
  });

  it("toEmail: same addresses accepted, same message otherwise", () => {
    fc.assert(
      fc.property(textOver("a@.,; \t-"), (text) => {
        expect(toEmail(text)).toEqual(oldToEmail(text));
      }),
      RUNS,
    );
  });

  it("asLiteralText: the same texts are protected with an apostrophe", () => {
    fc.assert(
      fc.property(fc.oneof(textOver("01.,+-% \t\u00a0x"), textOver("1.,%  "), textOver("truefalsTRUE 1-/.")), (text) => {
        expect(asLiteralText(text)).toBe(oldAsLiteralText(text));
      }),
      RUNS,
    );
  });

  it("sample-data numbers: the same cells read as numbers", () => {
    const context = { type: "number" as const, allowedValues: [], dayOf: () => "2025-06-01" };
    fc.assert(
      fc.property(textOver("0123456789.+-eE x"), (text) => {
        const trimmed = text.trim();
        const number = OLD_SAMPLE_NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
        const expected = trimmed === "" ? null : Number.isFinite(number) ? number : "refused";
        const result = readCell(text, context);
        expect(result.ok ? result.value : "refused").toEqual(expected);
      }),
      RUNS,
    );
  });

  it("caretDisplay: the same line and caret, wherever the index and the line ends fall", () => {
    const source = fc.oneof(textOver("ab\n\t\r", 300), textOver("a\n", 200), textOver("abc", 200));
    fc.assert(
      fc.property(source, fc.integer({ min: -3, max: 310 }), (text, index) => {
        expect(caretDisplay(text, index)).toBe(oldCaretDisplay(text, index));
      }),
      RUNS,
    );
  });
});
