// Compiles a logic expression to one SQL expression with the evaluator's
// meaning (src/domain/logic/evaluate.ts is the reference): SQL's own
// three-valued logic does most of the work; the rest is spelled out here —
// exact division with NULLIF, durations in the unit of days_since /
// hours_since, ISO texts beside dates as DATE / TIMESTAMP literals, dates
// widened to timestamps beside timestamps. Every result is a primary
// expression (a literal, a column, a call, CASE … END or a parenthesised
// whole), so callers may write `<sql> IS TRUE` and operator precedence never
// differs between dialects.

import {
  ARITHMETIC,
  ATTRIBUTE,
  CALL,
  COMPARE,
  CONTAINS,
  DURATION,
  IN,
  IS_NULL,
  LIST,
  LITERAL,
  LOGICAL,
  NEGATE,
  NOT,
  parseIsoDate,
} from "../logic";
import type { AttributeInfo, CallNode, CompareNode, InNode, Node } from "../logic";
import type { Dialect, DialectName } from "./dialect";
import { dialectOf } from "./dialects";
import { DATE_ONLY, literalSql, numberSql, temporalLiteral, utcText } from "./literals";
import { commonType, isDateLike, sqlTypeOf } from "./static-type";
import type { AttributeTypes, SqlType } from "./static-type";

export interface SqlExpressionOptions {
  dialect: DialectName;
  /** The plan's attributes: their types decide date literals, widening and text ordering. */
  attributes: ReadonlyMap<string, AttributeInfo> | readonly AttributeInfo[];
  /** The source column of an attribute (default: the attribute ID itself). */
  columnOf?: (attributeId: string) => string;
  /** A fixed "now" (reproducible results); by default the warehouse's current time. */
  now?: Date;
}

/** Thrown for trees the type checker would have rejected and SQL cannot express. */
export class SqlCompileError extends Error {
  override name = "SqlCompileError";
}

const COMPARE_SQL: Record<CompareNode["operator"], string> = { "=": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">=" };
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DURATION_HOURS = { h: 1, d: 24, w: 168 } as const;

export function compileSqlExpression(ast: Node, options: SqlExpressionOptions): string {
  return new SqlCompiler(options).sql(ast);
}

export class SqlCompiler {
  private readonly dialect: Dialect;
  private readonly attributes: AttributeTypes;
  private readonly columnOf: (attributeId: string) => string;
  private readonly now: string;

  constructor(options: SqlExpressionOptions) {
    this.dialect = dialectOf(options.dialect);
    this.attributes =
      options.attributes instanceof Map
        ? options.attributes
        : new Map((options.attributes as readonly AttributeInfo[]).map((a) => [a.id, a]));
    this.columnOf = options.columnOf ?? ((id) => id);
    this.now = options.now ? this.dialect.timestamp(utcText(options.now)) : this.dialect.currentTimestamp;
  }

  sql(node: Node): string {
    const d = this.dialect;
    switch (node.type) {
      case LITERAL:
        return literalSql(node.value, d);
      case LIST:
        throw new SqlCompileError("A list can only follow in or not in");
      case DURATION:
        return "NULL"; // the evaluator's value for a duration away from days_since / hours_since
      case ATTRIBUTE:
        return d.identifier(this.columnOf(node.name));
      case CALL:
        return this.call(node);
      case NEGATE:
        return `(- ${this.sql(node.operand)})`;
      case NOT:
        return `(NOT ${this.sql(node.operand)})`;
      case LOGICAL:
        return `(${this.sql(node.left)} ${node.operator.toUpperCase()} ${this.sql(node.right)})`;
      case ARITHMETIC:
        return d.arithmetic(node.operator, this.double(node.left), this.double(node.right));
      case COMPARE:
        return this.compare(node);
      case IN:
        return this.in(node);
      case CONTAINS:
        return d.listContains(this.sql(node.left), this.sql(node.right));
      case IS_NULL:
        return `(${this.sql(node.operand)} IS ${node.negated ? "NOT " : ""}NULL)`;
    }
  }

  private type(node: Node): SqlType {
    return sqlTypeOf(node, this.attributes);
  }

  /** Operands of + - * / as doubles: `/` divides exactly and integers never overflow. */
  private double(node: Node): string {
    const text = this.sql(node);
    const castAlready = node.type === LITERAL && typeof node.value === "number" && !Number.isSafeInteger(node.value);
    if (node.type === ARITHMETIC || castAlready) return text;
    return `CAST(${text} AS ${this.dialect.doubleType})`;
  }

  private call(node: CallNode): string {
    const d = this.dialect;
    const [first] = node.args;
    switch (node.callee) {
      case "days_since": {
        const day = this.asUtcDay(first);
        return day === "NULL" ? "NULL" : d.daysBetween(day, d.utcDate(this.now));
      }
      case "hours_since": {
        const instant = this.asTimestamp(first);
        return instant === "NULL" ? "NULL" : d.hoursBetween(instant, this.now);
      }
      case "lower":
        // ASCII only, as the evaluator (values.ts lower): Unicode case tables differ between engines and locales.
        return `TRANSLATE(${this.sql(first)}, '${UPPER}', '${UPPER.toLowerCase()}')`;
      case "len":
        return d.listLength(this.sql(first));
      case "coalesce": {
        const widen = this.type(node) === "timestamp";
        const args = node.args.map((arg) => (widen ? this.asTimestamp(arg) : this.sql(arg)));
        return `COALESCE(${args.join(", ")})`;
      }
    }
  }

  /** The UTC calendar day of a date, timestamp or ISO text; NULL for anything else. */
  private asUtcDay(node: Node): string {
    if (isIsoText(node)) return temporalLiteral(node.value, "date", this.dialect);
    const type = this.type(node);
    if (type === "date") return this.sql(node);
    if (type === "timestamp") return this.dialect.utcDate(this.sql(node));
    return "NULL";
  }

  /** A timestamp for a date (its midnight UTC), a timestamp or an ISO text; NULL for anything else. */
  private asTimestamp(node: Node): string {
    if (isIsoText(node)) return temporalLiteral(node.value, "timestamp", this.dialect);
    const type = this.type(node);
    if (type === "timestamp") return this.sql(node);
    if (type === "date") return this.dialect.toTimestamp(this.sql(node));
    return "NULL";
  }

  private compare(node: CompareNode): string {
    const op = COMPARE_SQL[node.operator];
    if (node.left.type === DURATION || node.right.type === DURATION) {
      return `(${this.durationSide(node.left, node.right)} ${op} ${this.durationSide(node.right, node.left)})`;
    }
    const temporal = temporalKind([node.left, node.right], (n) => this.type(n));
    if (temporal !== undefined) {
      const side = (n: Node) => this.temporal(n, temporal);
      return `(${side(node.left)} ${op} ${side(node.right)})`;
    }
    const ordersText = op !== "=" && op !== "<>" && this.type(node.left) === "string" && this.type(node.right) === "string";
    const left = this.sql(node.left);
    const right = this.sql(node.right);
    if (!ordersText) return `(${left} ${op} ${right})`;
    return `(${this.dialect.orderText(left)} ${op} ${this.dialect.orderText(right)})`;
  }

  /** A duration counts in the unit of the days_since / hours_since it faces. */
  private durationSide(node: Node, other: Node): string {
    if (node.type !== DURATION) return this.sql(node);
    if (other.type !== CALL || (other.callee !== "days_since" && other.callee !== "hours_since")) return "NULL";
    const hours = node.amount * DURATION_HOURS[node.unit];
    return numberSql(other.callee === "hours_since" ? hours : hours / 24, this.dialect);
  }

  /** One side of a comparison between dates and timestamps, in the common kind. */
  private temporal(node: Node, kind: "date" | "timestamp"): string {
    if (node.type === LITERAL && node.value === null) return "NULL";
    if (kind === "date") return isIsoText(node) ? this.dialect.date(node.value) : this.sql(node);
    return this.asTimestamp(node);
  }

  private in(node: InNode): string {
    const operandType = this.type(node.operand);
    const items = node.list.items;
    let operand: string;
    let values: string[];
    if (isDateLike(operandType)) {
      const kind = temporalKind([node.operand, ...items], (n) => (n === node.operand ? operandType : this.type(n))) ?? "timestamp";
      operand = this.temporal(node.operand, kind);
      // A text that is not an ISO date never equals a date: the evaluator's null.
      values = items.map((item) => (isIsoText(item) || item.value === null ? this.temporal(item, kind) : "NULL"));
    } else {
      operand = this.sql(node.operand);
      values = items.map((item) => literalSql(item.value, this.dialect));
    }
    if (values.length === 0) {
      const empty = `CASE WHEN ${operand} IS NULL THEN NULL ELSE FALSE END`;
      return node.negated ? `(NOT ${empty})` : `(${empty})`;
    }
    return `(${operand} ${node.negated ? "NOT IN" : "IN"} (${values.join(", ")}))`;
  }
}

function isIsoText(node: Node): node is Node & { type: typeof LITERAL; value: string } {
  return node.type === LITERAL && typeof node.value === "string" && parseIsoDate(node.value) !== null;
}

/**
 * "date" when every date-like operand is a date (and ISO texts are plain
 * days), "timestamp" when any is a timestamp or an ISO text has a time;
 * undefined when no operand is a date or timestamp (ISO texts stay text).
 */
function temporalKind(nodes: Node[], typeOf: (node: Node) => SqlType): "date" | "timestamp" | undefined {
  const types = nodes.map(typeOf);
  if (!types.some(isDateLike)) return undefined;
  const timed = nodes.some((n, i) => types[i] === "timestamp" || (isIsoText(n) && !DATE_ONLY.test(n.value)));
  return timed || commonType(types.filter(isDateLike)) === "timestamp" ? "timestamp" : "date";
}
