// The heart of the analysis: for a condition and a wanted outcome, a DNF that
// every person with that outcome satisfies (an over-approximation, so "no
// conjunct left" proves no person has it). Four outcomes follow SQL's three
// values exactly through and / or / not:
//   true, false, notTrue (false or null), notFalse (true or null).
// `not` swaps true with false and notTrue with notFalse; a person qualifies
// only where the outcome is true, is suppressed only where it is true.

import { ATTRIBUTE, CALL, COMPARE, CONTAINS, IN, IS_NULL, LITERAL, LOGICAL, NOT, childrenOf, evaluate, print } from "../../logic";
import type { CompareNode, ContainsNode, InNode, LiteralNode, Node, Value } from "../../logic";
import { MIRROR, comparable, relation } from "./bounds";
import type { Relation } from "./bounds";
import { ALWAYS, FREE, and, atom, never, or } from "./dnf";
import type { Dnf } from "./dnf";
import { isConstant, termOf, variableOf } from "./terms";
import type { Attributes } from "./terms";
import type { Scalar } from "./atoms";

export type Want = "true" | "false" | "notTrue" | "notFalse";

const NEGATED: Record<Want, Want> = { true: "false", false: "true", notTrue: "notFalse", notFalse: "notTrue" };
const ANY_TIME = new Date(0);

interface Nullness {
  isNull: Dnf;
  notNull: Dnf;
}

export class Outcomes {
  private readonly memo = new Map<Node, Map<Want, Dnf>>();

  constructor(private readonly attributes: Attributes) {}

  of(node: Node, want: Want): Dnf {
    let byWant = this.memo.get(node);
    if (!byWant) this.memo.set(node, (byWant = new Map()));
    let result = byWant.get(want);
    if (!result) byWant.set(want, (result = this.compute(node, want)));
    return result;
  }

  private compute(node: Node, want: Want): Dnf {
    if (isConstant(node)) return constantOutcome(evaluate(node, {}, ANY_TIME), want, node);
    switch (node.type) {
      case NOT:
        return this.of(node.operand, NEGATED[want]);
      case LOGICAL: {
        const left = this.of(node.left, want);
        const right = this.of(node.right, want);
        // and is true only if both are; or is false only if both are; the rest is either side.
        const both = node.operator === "and" ? want === "true" || want === "notFalse" : want === "false" || want === "notTrue";
        return both ? and(left, right) : or(left, right);
      }
      case ATTRIBUTE:
        return this.booleanAttribute(node, want);
      case COMPARE:
        return this.compare(node, want);
      case IN:
        return this.in(node, want);
      case CONTAINS:
        return this.contains(node, want);
      case IS_NULL: {
        const { isNull, notNull } = this.nullness(node.operand);
        const holds = want === "true" || want === "notFalse"; // "is null" is never null itself
        return holds !== node.negated ? isNull : notNull;
      }
      case CALL:
        return node.callee === "coalesce" ? this.coalesce(node.args, want) : FREE;
      default:
        return FREE;
    }
  }

  private booleanAttribute(node: Node, want: Want): Dnf {
    const variable = variableOf(node, this.attributes);
    if (variable?.kind !== "set" || !variable.universe?.includes(true)) return FREE;
    const text = print(node);
    return this.fromRelation(want, variable.base, text, {
      holds: { kind: "member", variable, values: [true], negated: false, text },
      fails: { kind: "member", variable, values: [false], negated: false, text: `not ${text}` },
    });
  }

  /** The four outcomes of a relation on one base attribute, null exactly when the base is. */
  private fromRelation(want: Want, base: string, text: string, r: Relation): Dnf {
    const isNull = atom({ kind: "null", base, isNull: true, text: `${text} is null` });
    switch (want) {
      case "true":
        return atom(r.holds);
      case "false":
        return atom(r.fails);
      case "notTrue":
        return or(isNull, atom(r.fails));
      case "notFalse":
        return or(isNull, atom(r.holds));
    }
  }

  private compare(node: CompareNode, want: Want): Dnf {
    const { left, right, operator } = node;
    if ((operator === "=" || operator === "!=") && (this.isCondition(left) || this.isCondition(right))) {
      const wanted = operator === "=" ? want : NEGATED[want];
      // c = true is c and c = false is not c, nulls included: the common case needs no pairing of outcomes.
      const literal = isBooleanLiteral(right) ? right : isBooleanLiteral(left) ? left : null;
      if (literal) return this.of(literal === right ? left : right, literal.value ? wanted : NEGATED[wanted]);
      return this.conditionsEqual(left, right, wanted);
    }
    const a = termOf(left, right, this.attributes);
    const b = termOf(right, left, this.attributes);
    const texts = { holds: print(node), fails: print({ type: NOT, operand: node }) };
    let r: Relation | null | undefined;
    if (a.kind === "linear" && b.kind === "constant") r = relation(a, operator, b.value, texts);
    else if (b.kind === "linear" && a.kind === "constant") r = relation(b, MIRROR[operator], a.value, texts);
    if (r === null) return constantOutcome(null, want, node);
    const linear = a.kind === "linear" ? a : b.kind === "linear" ? b : undefined;
    if (r && linear) return this.fromRelation(want, linear.variable.base, linear.variable.key, r);
    return this.opaque(want, [left, right]);
  }

  /** `l = r` on conditions: equal when both are true or both false; null when either is null. */
  private conditionsEqual(l: Node, r: Node, want: Want): Dnf {
    const T = (n: Node) => this.of(n, "true");
    const F = (n: Node) => this.of(n, "false");
    const NT = (n: Node) => this.of(n, "notTrue");
    const NF = (n: Node) => this.of(n, "notFalse");
    const leftNull = () => and(NT(l), NF(l));
    switch (want) {
      case "true":
        return or(and(T(l), T(r)), and(F(l), F(r)));
      case "false":
        return or(and(T(l), F(r)), and(F(l), T(r)));
      case "notTrue":
        return or(and(T(l), NT(r)), and(F(l), NF(r)), leftNull());
      case "notFalse":
        return or(and(T(l), NF(r)), and(F(l), NT(r)), leftNull());
    }
  }

  private in(node: InNode, want: Want): Dnf {
    // Outcomes of the positive `x in [...]`; `not in` swaps them like `not`.
    const wanted = node.negated ? NEGATED[want] : want;
    const term = termOf(node.operand, node.operand, this.attributes);
    if (term.kind !== "linear" || term.sign !== 1 || term.offset !== 0 || term.variable.kind === "list") {
      return this.opaque(want, [node.operand]);
    }
    const variable = term.variable;
    const matches: Scalar[] = [];
    let unmatchable = false; // a null or incomparable item makes "no match" null, never false
    for (const item of node.list.items) {
      const value = comparable(variable, item.value);
      if (value === undefined) unmatchable = true;
      else matches.push(value);
    }
    const positive = { ...node, negated: false };
    const texts = { holds: print(positive), fails: print({ ...node, negated: true }) };
    const holds = { kind: "member" as const, variable, values: matches, negated: false, text: texts.holds };
    const fails = { kind: "member" as const, variable, values: matches, negated: true, text: texts.fails };
    if (unmatchable && wanted === "false") return never(`${texts.fails} can never be true: its list holds a value that never compares`);
    if (unmatchable && wanted === "notFalse") return ALWAYS;
    return this.fromRelation(wanted, variable.base, variable.key, { holds, fails });
  }

  private contains(node: ContainsNode, want: Want): Dnf {
    const variable = variableOf(node.left, this.attributes);
    if (variable?.kind !== "list" || !isConstant(node.right)) return this.opaque(want, [node.left, node.right]);
    const item = evaluate(node.right, {}, ANY_TIME);
    if (typeof item !== "string") return constantOutcome(null, want, node);
    const text = print(node);
    return this.fromRelation(want, variable.base, variable.key, {
      holds: { kind: "contains", variable, item, negated: false, text },
      fails: { kind: "contains", variable, item, negated: true, text: `not ${text}` },
    });
  }

  /** coalesce of conditions: the first argument that is not null decides. */
  private coalesce(args: Node[], want: Want): Dnf {
    const decided = (which: "true" | "false") =>
      or(...args.map((arg, i) => and(...args.slice(0, i).map((before) => this.nullness(before).isNull), this.of(arg, which))));
    const allNull = () => and(...args.map((arg) => this.nullness(arg).isNull));
    switch (want) {
      case "true":
        return decided("true");
      case "false":
        return decided("false");
      case "notTrue":
        return or(decided("false"), allNull());
      case "notFalse":
        return or(decided("true"), allNull());
    }
  }

  /** Something the analysis cannot bound: it is true or false only where its operands hold values. */
  private opaque(want: Want, operands: Node[]): Dnf {
    if (want === "notTrue" || want === "notFalse") return FREE;
    return and(...operands.map((operand) => this.nullness(operand).notNull), FREE);
  }

  /** When a value is null, and when it is not. */
  private nullness(node: Node): Nullness {
    if (isConstant(node)) {
      const isNull = evaluate(node, {}, ANY_TIME) === null;
      return isNull
        ? { isNull: ALWAYS, notNull: never(`${print(node)} is always null`) }
        : { isNull: never(`${print(node)} is never null`), notNull: ALWAYS };
    }
    if (this.isCondition(node)) {
      return {
        isNull: and(this.of(node, "notTrue"), this.of(node, "notFalse")),
        notNull: or(this.of(node, "true"), this.of(node, "false")),
      };
    }
    const term = termOf(node, node, this.attributes);
    if (term.kind === "linear") {
      const { base } = term.variable;
      const text = print(node);
      return {
        isNull: atom({ kind: "null", base, isNull: true, text: `${text} is null` }),
        notNull: atom({ kind: "null", base, isNull: false, text: `${text} is not null` }),
      };
    }
    if (node.type === CALL && node.callee === "coalesce") {
      const parts = node.args.map((arg) => this.nullness(arg));
      return { isNull: and(...parts.map((p) => p.isNull)), notNull: or(...parts.map((p) => p.notNull)) };
    }
    // Arithmetic and functions are null when an operand is (and sometimes otherwise: division by zero).
    return { isNull: FREE, notNull: and(...childrenOf(node).map((operand) => this.nullness(operand).notNull), FREE) };
  }

  private isCondition(node: Node): boolean {
    switch (node.type) {
      case LOGICAL:
      case NOT:
      case COMPARE:
      case IN:
      case CONTAINS:
      case IS_NULL:
        return true;
      case LITERAL:
        return typeof node.value === "boolean";
      case ATTRIBUTE:
        return this.attributes.get(node.name)?.type === "boolean";
      case CALL:
        return node.callee === "coalesce" && node.args.some((arg) => this.isCondition(arg));
      default:
        return false;
    }
  }
}

const isBooleanLiteral = (node: Node): node is LiteralNode & { value: boolean } => node.type === LITERAL && typeof node.value === "boolean";

function constantOutcome(value: Value, want: Want, node: Node): Dnf {
  const holds =
    want === "true" ? value === true : want === "false" ? value === false : want === "notTrue" ? value !== true : value !== false;
  if (holds) return ALWAYS;
  const text = want === "true" || want === "notFalse" ? print(node) : `not ${print(node)}`;
  return never(`${text} can never be true`);
}
