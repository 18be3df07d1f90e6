// Splits expression text into tokens in one left-to-right pass (linear in the
// length of the text, so a 1 MB cell cannot hang the sidebar).
//
//   number     12  3.5  1e6        (no sign: "-" is an operator)
//   duration   14d  12h  8w        (a whole number and a unit, case-insensitive)
//   string     "free"  'free'      (escapes: \"  \'  \\ — nothing else)
//   name       and  plan  days_since   (keywords are decided by the parser)
//   operator   = == != <> < <= > >= + - * /
//   punct      ( ) [ ] ,

import type { DurationUnit } from "./ast";
import { position, syntaxError } from "./errors";

export type TokenType = "number" | "duration" | "string" | "name" | "operator" | "punct" | "end";

export interface Token {
  type: TokenType;
  /** The source text of the token (for strings, including the quotes). */
  text: string;
  /** Numbers and durations: the amount; strings: the unescaped text. */
  value?: number | string;
  unit?: DurationUnit;
  start: number;
  end: number;
}

const OPERATORS = ["==", "!=", "<>", "<=", ">=", "=", "<", ">", "+", "-", "*", "/"];
const PUNCTUATION = "()[],";
const CURLY_QUOTES = "“”‘’„«»";

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isNameStart = (c: string | undefined): boolean => c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_");
const isNamePart = (c: string | undefined): boolean => isNameStart(c) || isDigit(c);
/** JavaScript's \s: ASCII space and \t \n \v \f \r by their codes (most of what is typed), the rest by the regex. */
const isSpace = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(c));
};

/** Text as it appears in messages: quoted and shortened. */
export function quote(text: string): string {
  const short = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `"${short}"`;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c)) {
      i = readNumber(source, i, tokens);
    } else if (c === '"' || c === "'") {
      i = readString(source, i, tokens);
    } else if (isNameStart(c)) {
      const start = i;
      while (isNamePart(source[i])) i++;
      tokens.push({ type: "name", text: source.slice(start, i), start, end: i });
    } else if (PUNCTUATION.includes(c)) {
      tokens.push({ type: "punct", text: c, start: i, end: i + 1 });
      i++;
    } else {
      const operator = OPERATORS.find((op) => source.startsWith(op, i));
      if (operator === undefined) throw unexpectedCharacter(source, i);
      tokens.push({ type: "operator", text: operator, start: i, end: i + operator.length });
      i += operator.length;
    }
  }
  tokens.push({ type: "end", text: "", start: source.length, end: source.length });
  return tokens;
}

function readNumber(source: string, start: number, tokens: Token[]): number {
  let i = start;
  while (isDigit(source[i])) i++;
  let whole = true;
  if (source[i] === "." && isDigit(source[i + 1])) {
    whole = false;
    i++;
    while (isDigit(source[i])) i++;
  }
  if (
    (source[i] === "e" || source[i] === "E") &&
    (isDigit(source[i + 1]) || (/[+-]/.test(source[i + 1] ?? "") && isDigit(source[i + 2])))
  ) {
    whole = false;
    i += 2;
    while (isDigit(source[i])) i++;
  }
  const text = source.slice(start, i);
  const amount = Number(text);
  if (!isNamePart(source[i])) {
    if (!Number.isFinite(amount)) throw syntaxError(source, `The number ${quote(text)} ${position(start)} is too large`, start, i - start);
    tokens.push({ type: "number", text, value: amount, start, end: i });
    return i;
  }
  const unit = source[i].toLowerCase();
  if (whole && (unit === "d" || unit === "h" || unit === "w") && !isNamePart(source[i + 1])) {
    if (!Number.isSafeInteger(amount))
      throw syntaxError(source, `The duration ${quote(source.slice(start, i + 1))} ${position(start)} is too large`, start, i + 1 - start);
    tokens.push({ type: "duration", text: source.slice(start, i + 1), value: amount, unit, start, end: i + 1 });
    return i + 1;
  }
  let end = i;
  while (isNamePart(source[end])) end++;
  const word = source.slice(start, end);
  throw syntaxError(
    source,
    `${quote(word)} ${position(start)} is not a number or a duration; durations are a whole number and d (days), h (hours) or w (weeks), e.g. 14d`,
    start,
    end - start,
  );
}

function readString(source: string, start: number, tokens: Token[]): number {
  const delimiter = source[start];
  let value = "";
  let chunkStart = start + 1;
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === delimiter) {
      value += source.slice(chunkStart, i);
      tokens.push({ type: "string", text: source.slice(start, i + 1), value, start, end: i + 1 });
      return i + 1;
    }
    if (c === "\\") {
      const next = source[i + 1];
      if (next !== '"' && next !== "'" && next !== "\\") {
        throw syntaxError(source, `Unknown escape "\\${next ?? ""}" ${position(i)}; inside quotes only \\" \\' and \\\\ are allowed`, i, 2);
      }
      value += source.slice(chunkStart, i) + next;
      i += 2;
      chunkStart = i;
    } else {
      i++;
    }
  }
  throw syntaxError(source, `The text starting ${position(start)} is never closed; add a closing ${delimiter}`, start, 1);
}

function unexpectedCharacter(source: string, index: number) {
  const c = source[index];
  let hint = "";
  if (CURLY_QUOTES.includes(c)) hint = `; use straight quotes (") instead of curly quotes`;
  else if (source.startsWith("&&", index)) hint = `; use "and"`;
  else if (source.startsWith("||", index)) hint = `; use "or"`;
  else if (c === "!") hint = `; use "not", or "!=" for "not equal"`;
  else if (c === ".") hint = "; write decimals with a leading digit, e.g. 0.5";
  return syntaxError(source, `Unexpected character ${quote(c)} ${position(index)}${hint}`, index, 1);
}
