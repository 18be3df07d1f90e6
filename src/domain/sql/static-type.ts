// The type of each subtree, as far as SQL needs it: whether an ISO text
// beside it is a DATE or a TIMESTAMP, whether a date must be widened to a
// timestamp, whether `<` orders text. The evaluator decides this per person
// (is the value a Date?); SQL must decide it once, from the attributes.

import { ARITHMETIC, ATTRIBUTE, CALL, COMPARE, CONTAINS, DURATION, IN, IS_NULL, LIST, LITERAL, LOGICAL, NEGATE, NOT } from "../logic";
import type { AttributeInfo, Node } from "../logic";

export type SqlType = "boolean" | "number" | "string" | "date" | "timestamp" | "string_list" | "null" | "other";

export type AttributeTypes = ReadonlyMap<string, AttributeInfo>;

export function sqlTypeOf(node: Node, attributes: AttributeTypes): SqlType {
  switch (node.type) {
    case LITERAL:
      if (node.value === null) return "null";
      return typeof node.value === "boolean" ? "boolean" : typeof node.value === "number" ? "number" : "string";
    case ATTRIBUTE:
      return attributeType(attributes.get(node.name));
    case CALL:
      if (node.callee === "lower") return "string";
      if (node.callee === "coalesce") return commonType(node.args.map((arg) => sqlTypeOf(arg, attributes)));
      return "number";
    case NEGATE:
    case ARITHMETIC:
      return "number";
    case NOT:
    case LOGICAL:
    case COMPARE:
    case IN:
    case CONTAINS:
    case IS_NULL:
      return "boolean";
    case LIST:
    case DURATION:
      return "other";
  }
}

function attributeType(info: AttributeInfo | undefined): SqlType {
  switch (info?.type) {
    case "integer":
    case "number":
      return "number";
    case "enum":
    case "string":
      return "string";
    case "boolean":
    case "date":
    case "timestamp":
    case "string_list":
      return info.type;
    default:
      return "other";
  }
}

/** coalesce's type: a date beside a timestamp widens to timestamp; null gives way to anything. */
export function commonType(types: SqlType[]): SqlType {
  const known = types.filter((t) => t !== "null");
  if (known.length === 0) return "null";
  if (known.includes("timestamp") && known.every((t) => t === "date" || t === "timestamp")) return "timestamp";
  return known[0];
}

export const isDateLike = (t: SqlType): boolean => t === "date" || t === "timestamp";
