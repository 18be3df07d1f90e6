// Parse and check in one call: what a validation pass over a sheet needs.

import type { Node } from "./ast";
import type { LogicError } from "./errors";
import { parseExpression } from "./parser";
import { checkExpression } from "./type-check";
import type { AttributeInfo } from "./types";

export interface Analysis {
  ok: boolean;
  /** Present when the text parsed (even if it does not type-check). */
  ast?: Node;
  type: string;
  errors: LogicError[];
  references: string[];
}

export function analyzeExpression(text: string, attributes: ReadonlyMap<string, AttributeInfo>, expected: "boolean" | "number"): Analysis {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { ok: false, type: "unknown", errors: [parsed.error], references: [] };
  const checked = checkExpression(parsed.ast, attributes, expected, text);
  return { ok: checked.ok, ast: parsed.ast, type: checked.type, errors: checked.errors, references: checked.references };
}
