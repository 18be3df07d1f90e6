// One way to build an error: every error carries the character index it is
// about and a caret display, so a marketer sees where to look.

export type LogicErrorKind = "syntax" | "type" | "unknown_attribute" | "enum_value";

export interface LogicError {
  kind: LogicErrorKind;
  message: string;
  /** 0-based character index in the expression text. */
  index: number;
  /** Number of characters the error is about (at least 1, except at the end of the text). */
  length: number;
  /** The expression's line and a line with "^" under `index`. Empty when the text is unknown. */
  caret: string;
  suggestion?: string;
}

/** Thrown inside the lexer and parser only; `parseExpression` turns it into a result. */
export class LogicSyntaxError extends Error {
  constructor(readonly error: LogicError) {
    super(error.message);
    this.name = "LogicSyntaxError";
  }
}

const WINDOW = 60; // characters shown either side of the caret on long lines

/** Positions in messages are 1-based, as a person counts characters. */
export function position(index: number): string {
  return `at position ${index + 1}`;
}

export function logicError(
  kind: LogicErrorKind,
  message: string,
  source: string | undefined,
  index: number,
  length = 1,
  suggestion?: string,
): LogicError {
  const error: LogicError = { kind, message, index, length, caret: source === undefined ? "" : caretDisplay(source, index) };
  if (suggestion !== undefined) error.suggestion = suggestion;
  return error;
}

export function syntaxError(source: string, message: string, index: number, length = 1, suggestion?: string): LogicSyntaxError {
  return new LogicSyntaxError(logicError("syntax", message, source, index, length, suggestion));
}

/**
 * The line of `source` that holds `index`, and a line with "^" under it.
 * Tabs are kept in the caret line so the caret lines up; long lines are cut
 * around the index with "…".
 */
export function caretDisplay(source: string, index: number): string {
  const at = Math.max(0, Math.min(index, source.length));
  let from = lineStartNear(source, at);
  let to = lineEndNear(source, at);
  let prefix = "";
  let suffix = "";
  if (at - from > WINDOW) {
    from = at - WINDOW;
    prefix = "…";
  }
  if (to - at > WINDOW) {
    to = at + WINDOW;
    suffix = "…";
  }
  const shown = source.slice(from, to);
  const line = prefix + (shown.endsWith("\r") ? shown.slice(0, -1) : shown) + suffix;
  const before = prefix + source.slice(from, at);
  const pad = before.includes("\t") ? before.replace(/[^\t]/g, " ") : " ".repeat(before.length);
  return `${line}\n${pad}^`;
}

// The line's ends are looked for only one character past the window, so a cell
// with thousands of errors on one long line stays linear; a line end further
// away only tells that the line is cut, which the returned position also does.
function lineStartNear(source: string, at: number): number {
  const limit = Math.max(0, at - WINDOW - 1);
  for (let i = at - 1; i >= limit; i--) if (source[i] === "\n") return i + 1;
  return limit;
}

function lineEndNear(source: string, at: number): number {
  const limit = Math.min(source.length, at + WINDOW + 1);
  for (let i = at; i < limit; i++) if (source[i] === "\n") return i;
  return limit;
}
