// Checks a parsed expression against the plan's attributes: unknown IDs (with
// a suggestion), operand types (naming both), enum values outside Allowed
// values, durations away from days_since / hours_since, and the type the
// caller needs (a condition for Eligibility, a number for Score). It reports
// every problem it finds, not only the first; a subtree that already failed
// has type "unknown" and raises nothing further.

import { ARITHMETIC, ATTRIBUTE, CALL, COMPARE, CONTAINS, DURATION, IN, IS_NULL, LIST, LITERAL, LOGICAL, NEGATE, NOT } from "./ast";
import type { CallNode, CompareNode, InNode, Node } from "./ast";
import { durationTarget, isDuration } from "./durations";
import { logicError } from "./errors";
import type { LogicError, LogicErrorKind } from "./errors";
import { print } from "./printer";
import { closestMatch } from "./suggest";
import { article, isDateLike, isIsoLiteral, isNumeric, isStringLiteral, isTextual, meet, type } from "./types";
import type { AttributeInfo, LogicType, Operand } from "./types";

export interface CheckResult {
  ok: boolean;
  /** The expression's type: boolean, integer, number, string, … ("unknown" after an error). */
  type: string;
  errors: LogicError[];
  /** Attribute IDs the expression names (known or not), in order of first appearance. */
  references: string[];
}

const UNKNOWN = type("unknown");
const BOOLEAN = type("boolean");

/** `source`, the text the tree was parsed from, draws the carets under each problem; without it there are none. */
export function checkExpression(
  ast: Node,
  attributes: ReadonlyMap<string, AttributeInfo>,
  expected: "boolean" | "number",
  source?: string,
): CheckResult {
  const checker = new Checker(attributes, source);
  const result = checker.check(ast);
  const fits = expected === "boolean" ? result.name === "boolean" : isNumeric(result);
  if (!fits && result.name !== "unknown" && result.name !== "null") {
    const wanted = expected === "boolean" ? "a condition (true or false)" : "a number";
    const found = result.name === "boolean" ? "a condition (true or false)" : article(result);
    checker.report("type", `This expression gives ${found}, but ${wanted} is needed here`, ast);
  }
  return { ok: checker.errors.length === 0, type: result.name, errors: checker.errors, references: [...checker.references] };
}

/** A subtree that already failed ("unknown") raises nothing further, and null fits every operand. */
const unchallenged = (t: LogicType): boolean => t.name === "unknown" || t.name === "null";

const isNullLiteral = (node: Node): boolean => node.type === LITERAL && node.value === null;

/** How messages name an operand: its own text, shortened. */
function describe(node: Node): string {
  const text = print(node);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

class Checker {
  readonly errors: LogicError[] = [];
  /** The checker visits every attribute node in the order referencedAttributes walks the tree: no second walk. */
  readonly references = new Set<string>();

  constructor(
    private readonly attributes: ReadonlyMap<string, AttributeInfo>,
    private readonly source: string | undefined,
  ) {}

  report(kind: LogicErrorKind, message: string, node: Node, suggestion?: string): void {
    const start = node.span?.start ?? 0;
    const length = node.span ? node.span.end - node.span.start : 1;
    this.errors.push(logicError(kind, message, this.source, start, length, suggestion));
  }

  /** Reports `problem` unless the operand already failed; returns whether it is acceptable. */
  private expect(operand: Operand, accept: (t: LogicType) => boolean, problem: () => string): boolean {
    if (unchallenged(operand.type) || accept(operand.type)) return true;
    this.report("type", problem(), operand.node);
    return false;
  }

  private operand(node: Node): Operand {
    return { node, type: this.check(node) };
  }

  check(node: Node): LogicType {
    switch (node.type) {
      case LITERAL:
        if (node.value === null) return type("null");
        if (typeof node.value === "boolean") return BOOLEAN;
        if (typeof node.value === "number") return type(Number.isInteger(node.value) ? "integer" : "number");
        return type("string");
      case LIST:
        this.report("type", `A list such as ${describe(node)} can only follow "in" or "not in"`, node);
        return UNKNOWN;
      case DURATION:
        this.report("type", `A duration such as ${describe(node)} can only be compared with days_since(…) or hours_since(…)`, node);
        return UNKNOWN;
      case ATTRIBUTE:
        this.references.add(node.name);
        return this.attribute(node.name, node);
      case CALL:
        return this.call(node);
      case NEGATE: {
        const operand = this.operand(node.operand);
        const ok = this.expect(operand, isNumeric, () => `"-" needs a number, but ${describe(operand.node)} is ${article(operand.type)}`);
        return ok ? type(operand.type.name === "integer" ? "integer" : "number") : UNKNOWN;
      }
      case NOT: {
        const operand = this.operand(node.operand);
        this.expect(
          operand,
          (t) => t.name === "boolean",
          () => `"not" needs a condition (true or false), but ${describe(operand.node)} is ${article(operand.type)}`,
        );
        return BOOLEAN;
      }
      case LOGICAL:
        this.condition(node.operator, node.left);
        this.condition(node.operator, node.right);
        return BOOLEAN;
      case ARITHMETIC: {
        const left = this.operand(node.left);
        const right = this.operand(node.right);
        let ok = true;
        for (const side of [left, right]) {
          ok =
            this.expect(side, isNumeric, () => `"${node.operator}" needs numbers, but ${describe(side.node)} is ${article(side.type)}`) &&
            ok;
        }
        if (!ok) return UNKNOWN;
        const whole = node.operator !== "/" && left.type.name !== "number" && right.type.name !== "number";
        return type(whole ? "integer" : "number");
      }
      case COMPARE:
        this.compare(node);
        return BOOLEAN;
      case IN:
        this.in(node);
        return BOOLEAN;
      case CONTAINS: {
        const left = this.operand(node.left);
        const right = this.operand(node.right);
        this.expect(
          left,
          (t) => t.name === "string_list",
          () => `"contains" needs a string_list on its left, but ${describe(left.node)} is ${article(left.type)}`,
        );
        this.expect(right, isTextual, () => `"contains" needs a text on its right, but ${describe(right.node)} is ${article(right.type)}`);
        return BOOLEAN;
      }
      case IS_NULL:
        this.check(node.operand);
        return BOOLEAN;
    }
  }

  /** One side of "and" / "or": a condition. No closures unless it fails: and-chains are most of every plan's logic. */
  private condition(operator: string, side: Node): void {
    const found = this.check(side);
    if (found.name === "boolean" || unchallenged(found)) return;
    this.report("type", `"${operator}" needs a condition (true or false) on each side, but ${describe(side)} is ${article(found)}`, side);
  }

  private attribute(id: string, node: Node): LogicType {
    const info = this.attributes.get(id);
    if (info?.type === "unknown") return UNKNOWN;
    if (info) return type(info.type, info.type === "enum" ? info : undefined);
    const suggestion = closestMatch(id, this.attributes.keys());
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : " Check the spelling or add it to the Attributes sheet.";
    this.report("unknown_attribute", `Unknown attribute "${id}".${hint}`, node, suggestion);
    return UNKNOWN;
  }

  private call(node: CallNode): LogicType {
    const args = node.args.map((arg) => this.operand(arg));
    const [first] = args;
    switch (node.callee) {
      case "days_since":
      case "hours_since":
        return isDateLike(first.type) || isIsoLiteral(first.node) || this.needs(node, first, "a date or timestamp")
          ? type("integer")
          : UNKNOWN;
      case "lower":
        return isTextual(first.type) || this.needs(node, first, "a string") ? type("string") : UNKNOWN;
      case "len":
        return first.type.name === "string_list" || this.needs(node, first, "a string_list") ? type("integer") : UNKNOWN;
      case "coalesce":
        return this.coalesce(args);
    }
  }

  /** A function's argument that is not what it takes: reported unless it already failed. No closures on the way: calls are in most rules. */
  private needs(call: CallNode, argument: Operand, wanted: string): boolean {
    if (unchallenged(argument.type)) return true;
    this.report("type", `${call.callee} needs ${wanted}, but ${describe(argument.node)} is ${article(argument.type)}`, argument.node);
    return false;
  }

  private coalesce(args: Operand[]): LogicType {
    let common: Operand = args[0];
    for (const arg of args.slice(1)) {
      if (common.type.name === "unknown" || arg.type.name === "unknown") return UNKNOWN;
      // ISO text is a date only right next to a comparison; out of coalesce it would stay text.
      const text = [common, arg].find((side) => isStringLiteral(side.node));
      if (text && [common, arg].some((side) => isDateLike(side.type))) {
        this.report(
          "type",
          `coalesce cannot mix a date with the text ${describe(text.node)}; compare the date directly, e.g. signup_date is null or signup_date >= ${describe(text.node)}`,
          text.node,
        );
        return UNKNOWN;
      }
      const met = this.meet(common, arg, "coalesce needs values of one type");
      if (!met) return UNKNOWN;
      common = { node: common.type.name === "null" ? arg.node : common.node, type: met };
    }
    return common.type;
  }

  /** The common type of two operands, reporting why there is none. */
  private meet(a: Operand, b: Operand, context: string): LogicType | undefined {
    const met = meet(a, b);
    if (met.ok) return met.type;
    if (met.problem === "enum_value") {
      const allowed = met.enumSide.type.enumOf?.allowedValues ?? [];
      const value = met.literal.node.value;
      const suggestion = closestMatch(value, allowed);
      const list = allowed.length > 0 ? allowed.join(", ") : "none listed";
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : "";
      this.report(
        "enum_value",
        `${describe(met.enumSide.node)} is an enum; "${value}" is not one of its allowed values (${list}).${hint}`,
        met.literal.node,
        suggestion,
      );
      return undefined;
    }
    const [first, second] = met.at === b ? [a, b] : [b, a];
    const dateHint = isDateLike(first.type) && second.type.name === "string" ? `; write dates as "2025-06-01"` : "";
    const listHint = first.type.name === "string_list" ? `; use "contains" to look inside a string_list` : "";
    this.report(
      "type",
      `${describe(first.node)} is ${article(first.type)}, ${describe(second.node)} is ${article(second.type)}: ${context}${dateHint}${listHint}`,
      second.node,
    );
    return undefined;
  }

  private compare(node: CompareNode): void {
    const { left, right, operator } = node;
    if (isDuration(left) || isDuration(right)) {
      const [duration, other] = isDuration(left) ? [left, right] : [right, left];
      if (isDuration(other) || durationTarget(other) === undefined) this.check(duration); // reports the misuse
      this.check(other);
      return;
    }
    const a = this.operand(left);
    const b = this.operand(right);
    if (a.type.name === "unknown" || b.type.name === "unknown") return;
    const nullSide = isNullLiteral(a.node) ? a : isNullLiteral(b.node) ? b : undefined;
    if (nullSide) {
      this.report(
        "type",
        `A comparison with null is never true; use "is null" or "is not null" instead of "${operator} null"`,
        nullSide.node,
      );
      return;
    }
    if (this.uncomparable(a, operator) || this.uncomparable(b, operator)) return;
    this.meet(a, b, `they cannot be compared with "${operator}"`);
  }

  /** A side no comparison takes (a string_list), or that has no order for <, <=, >, >=: reported. */
  private uncomparable(side: Operand, operator: string): boolean {
    const t = side.type.name;
    if (t === "string_list") {
      this.report(
        "type",
        `${describe(side.node)} is a string_list, which cannot be compared with "${operator}"; use "contains" or len(…)`,
        side.node,
      );
      return true;
    }
    if ((t === "boolean" || t === "enum") && operator !== "=" && operator !== "!=") {
      this.report(
        "type",
        `${describe(side.node)} is ${article(side.type)}, which has no order: "${operator}" cannot be used; use =, != or "in"`,
        side.node,
      );
      return true;
    }
    return false;
  }

  private in(node: InNode): void {
    const operand = this.operand(node.operand);
    const keyword = node.negated ? "not in" : "in";
    const t = operand.type.name;
    if (t === "string_list") {
      this.report("type", `${describe(operand.node)} is a string_list; use "contains" to look inside it`, operand.node);
      return;
    }
    if (node.list.items.length === 0) {
      this.report("type", `The list after "${keyword}" is empty; add at least one value`, node.list);
      return;
    }
    for (const item of node.list.items) {
      if (item.value === null) {
        this.report("type", `A list after "${keyword}" cannot hold null; use "is null" to test for a missing value`, item);
      } else if (t !== "unknown") {
        this.meet(operand, { node: item, type: this.check(item) }, `the value cannot be in the list`);
      }
    }
  }
}
