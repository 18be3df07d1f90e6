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
  /** Names: the text in lower case, as keywords and functions are matched; otherwise "". */
  word: string;
  /** Numbers and durations: the amount; strings: the unescaped text. */
  value?: number | string;
  unit?: DurationUnit;
  start: number;
  end: number;
}

const CURLY_QUOTES = "“”‘’„«»";

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
const isUpperCode = (code: number): boolean => code >= 65 && code <= 90;
// Character classes by char code: a-z A-Z _ start a name, digits may follow.
const isNameStartCode = (code: number): boolean => (code >= 97 && code <= 122) || isUpperCode(code) || code === 95;
const isNamePartCode = (code: number): boolean => isNameStartCode(code) || isDigitCode(code);
// ( ) [ ] ,
const isPunctuationCode = (code: number): boolean => code === 40 || code === 41 || code === 91 || code === 93 || code === 44;
const isNamePart = (c: string | undefined): boolean => c !== undefined && isNamePartCode(c.charCodeAt(0));

/** Text as it appears in messages: quoted and shortened. */
export function quote(text: string): string {
  const short = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `"${short}"`;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    // JavaScript's \s: ASCII space and \t \n \v \f \r by their codes (most of what is typed), the rest by the regex.
    if (code === 32 || (code >= 9 && code <= 13)) {
      i++;
    } else if (code >= 48 && code <= 57) {
      i = readNumber(source, i, tokens);
    } else if (code === 34 || code === 39) {
      i = readString(source, i, tokens);
    } else if (isNameStartCode(code)) {
      const start = i;
      let upper = isUpperCode(code);
      i++;
      for (let next = source.charCodeAt(i); isNamePartCode(next); next = source.charCodeAt(++i)) {
        if (isUpperCode(next)) upper = true;
      }
      const text = source.slice(start, i);
      // Most names are typed in lower case already: no second string for their word.
      tokens.push(token("name", text, start, i, upper ? text.toLowerCase() : text));
    } else if (isPunctuationCode(code)) {
      tokens.push(token("punct", source[i], i, i + 1, ""));
      i++;
    } else if (code > 127 && /\s/.test(source[i])) {
      i++;
    } else {
      const operator = operatorAt(source, i, code);
      if (operator === undefined) throw unexpectedCharacter(source, i);
      tokens.push(token("operator", operator, i, i + operator.length, ""));
      i += operator.length;
    }
  }
  tokens.push(token("end", "", source.length, source.length, ""));
  return tokens;
}

function digitsFrom(source: string, start: number): number {
  let i = start;
  while (isDigitCode(source.charCodeAt(i))) i++;
  return i;
}

/** The operator at i, the longest first, decided by its characters' codes: no string is made to compare. */
function operatorAt(source: string, i: number, code: number): string | undefined {
  const second = source.charCodeAt(i + 1);
  switch (code) {
    case 61: // =
      return second === 61 ? "==" : "=";
    case 33: // !
      return second === 61 ? "!=" : undefined;
    case 60: // <
      return second === 62 ? "<>" : second === 61 ? "<=" : "<";
    case 62: // >
      return second === 61 ? ">=" : ">";
    case 43:
      return "+";
    case 45:
      return "-";
    case 42:
      return "*";
    case 47:
      return "/";
    default:
      return undefined;
  }
}

/** Every token has the same fields, so the parser's reads of them stay monomorphic. */
function token(
  type: TokenType,
  text: string,
  start: number,
  end: number,
  word: string,
  value?: number | string,
  unit?: DurationUnit,
): Token {
  return { type, text, word, value, unit, start, end };
}

function readNumber(source: string, start: number, tokens: Token[]): number {
  let i = digitsFrom(source, start);
  let whole = true;
  if (source.charCodeAt(i) === 46 && isDigitCode(source.charCodeAt(i + 1))) {
    whole = false;
    i = digitsFrom(source, i + 1);
  }
  const exponent = source.charCodeAt(i) | 32; // e or E
  if (exponent === 101) {
    const sign = source.charCodeAt(i + 1);
    const signed = sign === 43 || sign === 45;
    if (isDigitCode(source.charCodeAt(signed ? i + 2 : i + 1))) {
      whole = false;
      i = digitsFrom(source, i + 2);
    }
  }
  const text = source.slice(start, i);
  const amount = Number(text);
  if (!isNamePart(source[i])) {
    if (!Number.isFinite(amount)) throw syntaxError(source, `The number ${quote(text)} ${position(start)} is too large`, start, i - start);
    tokens.push(token("number", text, start, i, "", amount));
    return i;
  }
  const unit = source[i].toLowerCase();
  if (whole && (unit === "d" || unit === "h" || unit === "w") && !isNamePart(source[i + 1])) {
    if (!Number.isSafeInteger(amount))
      throw syntaxError(source, `The duration ${quote(source.slice(start, i + 1))} ${position(start)} is too large`, start, i + 1 - start);
    tokens.push(token("duration", source.slice(start, i + 1), start, i + 1, "", amount, unit));
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
      tokens.push(token("string", source.slice(start, i + 1), start, i + 1, "", value));
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
