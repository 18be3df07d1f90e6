// Reads a Person cell of the Profile tests sheet into a person the evaluator
// can use. The grammar, in full:
//
//   person     := entry ((";" | newline) entry)*      blank entries are skipped
//   entry      := attribute_id "=" value
//   value      := null | true | false | number | "text" | 'text'
//               | 2025-06-01 | 2025-06-01T10:00:00Z | ["text", ...]
//               | relative
//   relative   := ("today" | "now") (("+" | "-") count ("d" | "w" | "h"))?
//
// `today` is the validation's calendar day (UTC, as days_since counts) and
// `now` its moment, so a test written `signup_date = today - 3d` means the
// same on any day it runs; `today` moves in days and weeks only. Attributes
// not named are null. Every error carries the character index and
// a caret display; after one, parsing resumes at the next ";" so one cell
// reports all its problems at once.

import { caretDisplay, closestMatch, parseIsoDate } from "../../logic";
import type { AttributeInfo, LogicError, LogicErrorKind, Person, Value } from "../../logic";
import { hasOwn } from "../../has-own";
import { fit } from "./person-values";
import type { RawValue } from "./person-values";

export type PersonParse =
  /** `fixedDates`: the attributes given a calendar date rather than one relative to the validation's time. */
  { ok: true; person: Person; fixedDates: string[] } | { ok: false; errors: LogicError[] };

const ID = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const ISO = /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const ANCHOR = /(today|now)(?![A-Za-z0-9_.:])/iy;
const OFFSET = /[ \t]*([+-])[ \t]*(\d*)([A-Za-z]*)/y;
const MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** Thrown and caught inside the parser only; not an Error, so a cell with thousands of mistakes captures no stack traces. */
class Failure {
  constructor(
    readonly index: number,
    readonly length: number,
    readonly message: string,
  ) {}
}

export function parsePerson(text: string, attributes: ReadonlyMap<string, AttributeInfo>, now: Date = new Date()): PersonParse {
  const parser = new PersonParser(text, attributes, now);
  parser.run();
  return parser.errors.length > 0
    ? { ok: false, errors: parser.errors }
    : { ok: true, person: parser.person, fixedDates: parser.fixedDates };
}

class PersonParser {
  readonly errors: LogicError[] = [];
  readonly person: Record<string, Value> = {};
  readonly fixedDates: string[] = [];
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly attributes: ReadonlyMap<string, AttributeInfo>,
    private readonly now: Date,
  ) {}

  run(): void {
    for (;;) {
      while (this.pos < this.text.length && /[\s;]/.test(this.text[this.pos])) this.pos += 1;
      if (this.pos >= this.text.length) return;
      try {
        this.entry();
        this.skipSpaces();
        if (this.pos < this.text.length && !/[;\n]/.test(this.text[this.pos])) {
          throw new Failure(
            this.pos,
            1,
            `Expected ";" before the next attribute at position ${this.pos + 1}, but found "${this.text[this.pos]}"`,
          );
        }
      } catch (error) {
        if (!(error instanceof Failure)) throw error;
        this.report("syntax", error.message, error.index, error.length);
        this.skipToSeparator();
      }
    }
  }

  private entry(): void {
    const idStart = this.pos;
    const id = this.match(ID);
    if (id === undefined) throw new Failure(this.pos, 1, `Expected an attribute ID at position ${this.pos + 1}, e.g. plan = "free"`);
    this.skipSpaces();
    if (this.text[this.pos] !== "=") throw new Failure(this.pos, 1, `Expected "=" after ${id} at position ${this.pos + 1}`);
    this.pos += 1;
    this.skipSpaces();
    const valueStart = this.pos;
    const raw = this.value();
    const written = this.text.slice(valueStart, this.pos);
    const info = this.attributes.get(id);
    if (!info) {
      const suggestion = closestMatch(id, this.attributes.keys());
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : " Check the spelling or add it to the Attributes sheet.";
      this.report("unknown_attribute", `Unknown attribute "${id}".${hint}`, idStart, id.length, suggestion);
      return;
    }
    if (hasOwn(this.person, id)) {
      this.report("syntax", `${id} is given twice; keep one value`, idStart, id.length);
      return;
    }
    const fitted = fit(info, raw, written);
    if (fitted.ok) {
      this.person[id] = fitted.value;
      const fixed =
        raw.kind === "date" || raw.kind === "timestamp" ? !raw.relative : raw.kind === "string" && /^\d{4}-\d{2}-\d{2}/.test(raw.value);
      if (fixed && fitted.value instanceof Date) this.fixedDates.push(id);
    } else this.report(fitted.kind, fitted.message, valueStart, written.length, fitted.suggestion);
  }

  private value(): RawValue {
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === '"' || c === "'") return { kind: "string", value: this.quoted() };
    if (c === "[") return { kind: "list", value: this.list() };
    const iso = this.match(ISO);
    if (iso !== undefined) {
      const value = parseIsoDate(iso);
      if (!value) throw new Failure(start, iso.length, `${iso} is not a valid date or time`);
      return { kind: iso.includes("T") ? "timestamp" : "date", value };
    }
    const number = this.match(NUMBER);
    if (number !== undefined) return { kind: "number", value: Number(number) };
    ANCHOR.lastIndex = this.pos;
    const anchor = ANCHOR.exec(this.text);
    if (anchor) {
      this.pos += anchor[0].length;
      return this.relative(anchor[1].toLowerCase() as "today" | "now", start);
    }
    const word = this.match(WORD);
    if (word !== undefined) {
      const lower = word.toLowerCase();
      if (lower === "null") return { kind: "null" };
      if (lower === "true" || lower === "false") return { kind: "boolean", value: lower === "true" };
      throw new Failure(start, word.length, `Text must be in quotes at position ${start + 1}: write "${word}"`);
    }
    throw new Failure(
      start,
      1,
      `Expected a value at position ${start + 1}: null, true, false, a number, "text", a date such as 2025-06-01 or a list ["a", "b"]`,
    );
  }

  /** `today - 3d`, `now - 2h`: a date or time counted back (or on) from the validation's moment. */
  private relative(anchor: "today" | "now", start: number): RawValue {
    const base = anchor === "now" ? this.now.getTime() : Math.floor(this.now.getTime() / MS.d) * MS.d;
    OFFSET.lastIndex = this.pos;
    const offset = OFFSET.exec(this.text);
    let ms = 0;
    if (offset) {
      const [whole, sign, count, unit] = offset;
      const units = anchor === "now" ? ["d", "w", "h"] : ["d", "w"];
      if (!count || !(unit in MS) || (anchor === "today" && unit !== "h" && !units.includes(unit)))
        throw new Failure(
          start,
          this.pos + whole.length - start,
          `Write a relative date as ${anchor} - 3d (days d, weeks w${anchor === "now" ? ", hours h" : ""})`,
        );
      if (anchor === "today" && unit === "h")
        throw new Failure(
          start,
          this.pos + whole.length - start,
          `today moves in days or weeks (today - 3d); for hours write now - ${count}h`,
        );
      ms = (sign === "-" ? -1 : 1) * Number(count) * MS[unit as keyof typeof MS];
      this.pos += whole.length;
    }
    return { kind: anchor === "now" ? "timestamp" : "date", value: new Date(base + ms), relative: true };
  }

  private quoted(): string {
    const start = this.pos;
    const quote = this.text[this.pos++];
    let value = "";
    while (this.pos < this.text.length) {
      const c = this.text[this.pos++];
      if (c === quote) return value;
      if (c === "\\" && ["\\", '"', "'"].includes(this.text[this.pos])) value += this.text[this.pos++];
      else value += c;
    }
    throw new Failure(start, 1, `The text starting at position ${start + 1} has no closing ${quote}`);
  }

  private list(): string[] {
    const start = this.pos;
    this.pos += 1; // [
    const items: string[] = [];
    this.skipSpaces();
    if (this.text[this.pos] === "]") {
      this.pos += 1;
      return items;
    }
    for (;;) {
      this.skipSpaces();
      const c = this.text[this.pos];
      if (c !== '"' && c !== "'") throw new Failure(this.pos, 1, `Expected a quoted text in the list at position ${this.pos + 1}`);
      items.push(this.quoted());
      this.skipSpaces();
      const next = this.text[this.pos++];
      if (next === "]") return items;
      if (next !== ",") throw new Failure(start, 1, `The list starting at position ${start + 1} needs "," between items and a closing "]"`);
    }
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    // A value runs to a separator: "3x" is not the number 3.
    const end = this.pos + found[0].length;
    if (end < this.text.length && /[A-Za-z0-9_.:-]/.test(this.text[end])) return undefined;
    this.pos = end;
    return found[0];
  }

  private skipSpaces(): void {
    while (this.pos < this.text.length && /[ \t\r]/.test(this.text[this.pos])) this.pos += 1;
  }

  private skipToSeparator(): void {
    while (this.pos < this.text.length && !/[;\n]/.test(this.text[this.pos])) this.pos += 1;
  }

  private report(kind: LogicErrorKind, message: string, index: number, length: number, suggestion?: string): void {
    const error: LogicError = { kind, message, index, length: Math.max(1, length), caret: caretDisplay(this.text, index) };
    if (suggestion !== undefined) error.suggestion = suggestion;
    this.errors.push(error);
  }
}
