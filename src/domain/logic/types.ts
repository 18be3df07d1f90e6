// Static types of the language and how two of them meet (in =, in, coalesce).
// integer and number are one numeric family; a date meets a timestamp by
// time; an ISO text literal ("2025-06-01") meets a date as a date; a text
// literal meets an enum only if it is one of the enum's Allowed values.

import { LITERAL } from "./ast";
import type { Node } from "./ast";
import { parseIsoDate } from "./values";

export type AttributeType = "string" | "number" | "integer" | "boolean" | "date" | "timestamp" | "enum" | "string_list";

export interface AttributeInfo {
  id: string;
  /** "unknown": the attribute is listed but its type is unreadable; checks involving it stay silent. */
  type: AttributeType | "unknown";
  /** For enums: the values logic may compare with (case-sensitive). */
  allowedValues: readonly string[];
}

/** "null" is the type of the null literal; "unknown" follows an error already reported. */
export type TypeName = AttributeType | "null" | "duration" | "list" | "unknown";

export interface LogicType {
  name: TypeName;
  /** For enums: the attribute whose Allowed values apply. */
  enumOf?: AttributeInfo;
}

/** One type object a name, shared: the checker makes a type for every node of every rule, and never changes one. */
const PLAIN = new Map<TypeName, LogicType>();

function plain(name: TypeName): LogicType {
  let found = PLAIN.get(name);
  if (!found) PLAIN.set(name, (found = Object.freeze({ name })));
  return found;
}

export const type = (name: TypeName, enumOf?: AttributeInfo): LogicType => (enumOf ? { name, enumOf } : plain(name));

export const isNumeric = (t: LogicType): boolean => t.name === "integer" || t.name === "number";
export const isDateLike = (t: LogicType): boolean => t.name === "date" || t.name === "timestamp";
export const isTextual = (t: LogicType): boolean => t.name === "string" || t.name === "enum";

/** "a date", "an integer" — how messages name a type. */
export function article(t: LogicType | TypeName): string {
  const name = typeof t === "string" ? t : t.name;
  if (name === "null") return "null";
  if (name === "list") return "a list";
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

/** A string literal that reads as an ISO date or timestamp. */
export function isIsoLiteral(node: Node): boolean {
  return node.type === LITERAL && typeof node.value === "string" && parseIsoDate(node.value) !== null;
}

export function isStringLiteral(node: Node): node is Node & { type: typeof LITERAL; value: string } {
  return node.type === LITERAL && typeof node.value === "string";
}

export interface Operand {
  node: Node;
  type: LogicType;
}

export type Meeting =
  | { ok: true; type: LogicType }
  | { ok: false; problem: "mismatch"; at: Operand }
  | { ok: false; problem: "enum_value"; enumSide: Operand; literal: Operand & { node: { value: string } } };

/**
 * The common type of two operands that are compared for equality or merged
 * by coalesce, or why they cannot meet. Callers have already handled
 * "unknown" (no cascade of errors) and "null" meets anything.
 */
export function meet(a: Operand, b: Operand): Meeting {
  const x = a.type;
  const y = b.type;
  if (x.name === "null") return { ok: true, type: y };
  if (y.name === "null") return { ok: true, type: x };
  if (isNumeric(x) && isNumeric(y)) {
    return { ok: true, type: type(x.name === "integer" && y.name === "integer" ? "integer" : "number") };
  }
  if (isDateLike(x) && isDateLike(y)) return { ok: true, type: type(x.name === y.name ? x.name : "timestamp") };
  if (isDateLike(x) && isIsoLiteral(b.node)) return { ok: true, type: x };
  if (isDateLike(y) && isIsoLiteral(a.node)) return { ok: true, type: y };
  if (x.name === "enum" && isTextual(y)) return enumMeets(a, b);
  if (y.name === "enum" && isTextual(x)) return enumMeets(b, a);
  if (x.name === y.name && x.name !== "duration" && x.name !== "list") return { ok: true, type: x };
  return { ok: false, problem: "mismatch", at: b };
}

function enumMeets(enumSide: Operand, other: Operand): Meeting {
  const allowed = enumSide.type.enumOf?.allowedValues;
  const node = other.node;
  if (allowed && isStringLiteral(node) && !allowed.includes(node.value)) {
    return { ok: false, problem: "enum_value", enumSide, literal: { node, type: other.type } };
  }
  return { ok: true, type: enumSide.type };
}
