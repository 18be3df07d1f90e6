// Recursive-descent parser. Grammar, lowest precedence first (keywords are
// case-insensitive):
//
//   or             := and ("or" and)*
//   and            := not ("and" not)*
//   not            := "not" not | comparison
//   comparison     := additive [ ("=" | "!=" | "<" | "<=" | ">" | ">=") additive
//                              | ["not"] "in" list
//                              | "contains" additive
//                              | "is" ["not"] "null" ]          (never chained)
//   additive       := multiplicative (("+" | "-") multiplicative)*
//   multiplicative := unary (("*" | "/") unary)*
//   unary          := "-" unary | primary
//   primary        := number | duration | string | "true" | "false" | "null" | list
//                   | function "(" or ("," or)* ")" | attribute | "(" or ")"
//   list           := "[" [literal ("," literal)*] "]"     (a literal may be a negative number)
//
// Binary operators associate to the left. "==" and "<>" are accepted as "="
// and "!=". Depth is capped (MAX_DEPTH) both while recursing and in the tree
// built, so the checker, evaluators and printer can recurse safely.

import {
  ARITHMETIC,
  ATTRIBUTE,
  ATTRIBUTE_ID,
  CALL,
  COMPARE,
  CONTAINS,
  DURATION,
  FUNCTION_ARITY,
  FUNCTION_NAMES,
  IN,
  IS_NULL,
  KEYWORDS,
  LIST,
  LITERAL,
  LOGICAL,
  NEGATE,
  NOT,
  isFunctionName,
} from "./ast";
import type { ArithmeticOperator, CompareOperator, ListNode, LiteralNode, Node } from "./ast";
import { LogicSyntaxError, logicError, position } from "./errors";
import type { LogicError } from "./errors";
import { quote, tokenize } from "./lexer";
import type { Token } from "./lexer";
import { closestMatch } from "./suggest";
import { MAX_DEPTH, TokenCursor } from "./token-cursor";

export { MAX_DEPTH };

const COMPARE_OPERATORS: Record<string, CompareOperator> = {
  "=": "=",
  "==": "=",
  "!=": "!=",
  "<>": "!=",
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
};

export type ParseResult = { ok: true; ast: Node } | { ok: false; error: LogicError };

/** True when the text holds nothing but spaces: callers decide whether blank means "no condition". */
export function isBlankExpression(text: string): boolean {
  return text.trim() === "";
}

export function parseExpression(text: string): ParseResult {
  if (isBlankExpression(text)) {
    return { ok: false, error: logicError("syntax", "Expression is empty", text, 0, 0) };
  }
  try {
    return { ok: true, ast: new Parser(text, tokenize(text)).parseAll() };
  } catch (caught) {
    if (caught instanceof LogicSyntaxError) return { ok: false, error: caught.error };
    if (caught instanceof RangeError) {
      // Safety net: the depth caps should make this unreachable.
      return { ok: false, error: logicError("syntax", `Expression is nested too deeply (more than ${MAX_DEPTH} levels)`, text, 0) };
    }
    throw caught;
  }
}

class Parser extends TokenCursor {
  parseAll(): Node {
    const ast = this.parseOr();
    const token = this.peek();
    if (token.type !== "end") {
      if (token.text === ")") throw this.fail(`Unmatched ")" ${position(token.start)}`, token);
      throw this.fail(`Expected "and", "or" or an operator ${position(token.start)}, but found ${quote(token.text)}`, token);
    }
    return ast;
  }

  // --- grammar -------------------------------------------------------------

  private parseOr(): Node {
    let left = this.parseAnd();
    while (this.isKeyword("or")) {
      this.next();
      const right = this.parseAnd();
      left = this.built({ type: LOGICAL, operator: "or", left, right, span: { start: this.span(left).start, end: this.span(right).end } });
    }
    return left;
  }

  private parseAnd(): Node {
    let left = this.parseNot();
    while (this.isKeyword("and")) {
      this.next();
      const right = this.parseNot();
      left = this.built({ type: LOGICAL, operator: "and", left, right, span: { start: this.span(left).start, end: this.span(right).end } });
    }
    return left;
  }

  private parseNot(): Node {
    if (!this.isKeyword("not")) return this.parseComparison();
    const keyword = this.next();
    this.enter(keyword);
    const operand = this.parseNot();
    this.leave();
    return this.built({ type: NOT, operand, span: { start: keyword.start, end: this.span(operand).end } });
  }

  private parseComparison(): Node {
    const left = this.parseAdditive();
    const node = this.parseComparisonTail(left);
    if (node === left) return left;
    const token = this.peek();
    if (
      (token.type === "operator" && token.text in COMPARE_OPERATORS) ||
      this.isKeyword("in") ||
      this.isKeyword("contains") ||
      this.isKeyword("is") ||
      (this.isKeyword("not") && this.isKeyword("in", 1))
    ) {
      throw this.fail(`Comparisons cannot be chained ${position(token.start)}; join them with "and" or use parentheses`, token);
    }
    return node;
  }

  private parseComparisonTail(left: Node): Node {
    const start = this.span(left).start;
    const token = this.peek();
    if (token.type === "operator" && token.text in COMPARE_OPERATORS) {
      this.next();
      const right = this.parseAdditive();
      return this.built({
        type: COMPARE,
        operator: COMPARE_OPERATORS[token.text],
        left,
        right,
        span: { start, end: this.span(right).end },
      });
    }
    if (this.isKeyword("in") || (this.isKeyword("not") && this.isKeyword("in", 1))) {
      const negated = this.isKeyword("not");
      if (negated) this.next();
      const keyword = this.next();
      const list = this.parseList(keyword);
      return this.built({ type: IN, negated, operand: left, list, span: { start, end: this.span(list).end } });
    }
    if (this.isKeyword("not")) {
      throw this.fail(
        `Expected "in" after "not" ${position(token.start)}, but ${this.found(this.peek(1))}; to negate a condition, put "not" before it`,
        token,
      );
    }
    if (this.isKeyword("contains")) {
      this.next();
      const right = this.parseAdditive();
      return this.built({ type: CONTAINS, left, right, span: { start, end: this.span(right).end } });
    }
    if (this.isKeyword("is")) {
      const keyword = this.next();
      const negated = this.isKeyword("not");
      if (negated) this.next();
      const last = this.peek();
      if (!this.isKeyword("null")) {
        throw this.fail(`Expected "null" or "not null" after "is" ${position(keyword.start)}, but ${this.found(last)}`, last);
      }
      this.next();
      return this.built({ type: IS_NULL, negated, operand: left, span: { start, end: last.end } });
    }
    return left;
  }

  private parseAdditive(): Node {
    let left = this.parseMultiplicative();
    for (let token = this.peek(); token.type === "operator" && (token.text === "+" || token.text === "-"); token = this.peek()) {
      this.next();
      const right = this.parseMultiplicative();
      const operator = token.text as ArithmeticOperator;
      left = this.built({ type: ARITHMETIC, operator, left, right, span: { start: this.span(left).start, end: this.span(right).end } });
    }
    return left;
  }

  private parseMultiplicative(): Node {
    let left = this.parseUnary();
    for (let token = this.peek(); token.type === "operator" && (token.text === "*" || token.text === "/"); token = this.peek()) {
      this.next();
      const right = this.parseUnary();
      const operator = token.text as ArithmeticOperator;
      left = this.built({ type: ARITHMETIC, operator, left, right, span: { start: this.span(left).start, end: this.span(right).end } });
    }
    return left;
  }

  private parseUnary(): Node {
    const token = this.peek();
    if (token.type !== "operator" || token.text !== "-") return this.parsePrimary();
    this.next();
    this.enter(token);
    const operand = this.parseUnary();
    this.leave();
    return this.built({ type: NEGATE, operand, span: { start: token.start, end: this.span(operand).end } });
  }

  private parsePrimary(): Node {
    const token = this.peek();
    switch (token.type) {
      case "number":
      case "string":
        this.next();
        return this.built({ type: LITERAL, value: token.value as number | string, span: { start: token.start, end: token.end } });
      case "duration":
        this.next();
        return this.built({
          type: DURATION,
          amount: token.value as number,
          unit: token.unit!,
          span: { start: token.start, end: token.end },
        });
      case "name":
        return this.parseName(token);
      case "punct":
        if (token.text === "(") return this.parseGroup(token);
        if (token.text === "[") return this.parseList(undefined);
    }
    throw this.expectedValue(token);
  }

  private expectedValue(token: Token): LogicSyntaxError {
    const previous = this.previous();
    const after = previous ? ` after ${quote(previous.text)}` : "";
    return this.fail(`Expected a value${after} ${position(token.start)}, but ${this.found(token)}`, token);
  }

  private parseName(token: Token): Node {
    const word = token.word;
    if (word === "true" || word === "false" || word === "null") {
      this.next();
      const value = word === "null" ? null : word === "true";
      return this.built({ type: LITERAL, value, span: { start: token.start, end: token.end } });
    }
    if (KEYWORDS.includes(word)) throw this.expectedValue(token);
    if (this.peek(1).type === "punct" && this.peek(1).text === "(") return this.parseCall(token);
    if (!ATTRIBUTE_ID.test(token.text)) {
      const suggestion = ATTRIBUTE_ID.test(word) ? word : undefined;
      const hint = suggestion ? `, e.g. ${quote(suggestion)}` : "";
      throw this.fail(
        `${quote(token.text)} ${position(token.start)} is not an attribute ID; attribute IDs are lowercase snake_case${hint}`,
        token,
        suggestion,
      );
    }
    this.next();
    return this.built({ type: ATTRIBUTE, name: token.text, span: { start: token.start, end: token.end } });
  }

  private parseCall(name: Token): Node {
    const callee = name.word;
    if (!isFunctionName(callee)) {
      const suggestion = closestMatch(callee, FUNCTION_NAMES);
      const hint = suggestion ? ` Did you mean ${quote(suggestion)}?` : ` Functions: ${FUNCTION_NAMES.join(", ")}.`;
      throw this.fail(`Unknown function ${quote(name.text)} ${position(name.start)}.${hint}`, name, suggestion);
    }
    this.next();
    const open = this.next();
    this.enter(open);
    const args: Node[] = [];
    if (!this.isPunct(")")) {
      args.push(this.parseOr());
      while (this.isPunct(",")) {
        this.next();
        args.push(this.parseOr());
      }
    }
    const close = this.peek();
    if (!this.isPunct(")")) {
      throw this.fail(`Expected "," or ")" in the call to ${callee} ${position(close.start)}, but ${this.found(close)}`, close);
    }
    this.next();
    this.leave();
    const { min, max } = FUNCTION_ARITY[callee];
    if (args.length < min || args.length > max) {
      const wanted = min === max ? `${min} value${min === 1 ? "" : "s"}` : `at least ${min} values`;
      throw this.fail(
        `${callee} takes ${wanted}, but ${args.length} ${args.length === 1 ? "was" : "were"} given ${position(name.start)}`,
        name,
      );
    }
    return this.built({ type: CALL, callee, args, span: { start: name.start, end: close.end } });
  }

  private parseGroup(open: Token): Node {
    this.next();
    this.enter(open);
    const inner = this.parseOr();
    const close = this.peek();
    if (!this.isPunct(")")) {
      throw this.fail(`Expected ")" to close the "(" ${position(open.start)}, but ${this.found(close)} ${position(close.start)}`, close);
    }
    this.next();
    this.leave();
    return inner;
  }

  private parseList(keyword: Token | undefined): ListNode {
    const open = this.peek();
    if (!this.isPunct("[")) {
      throw this.fail(
        `Expected a list such as ["DE", "FR"] after "${keyword?.text.toLowerCase() ?? "in"}" ${position(open.start)}, but ${this.found(open)}`,
        open,
      );
    }
    this.next();
    const items: LiteralNode[] = [];
    if (!this.isPunct("]")) {
      items.push(this.parseListItem());
      while (this.isPunct(",")) {
        this.next();
        items.push(this.parseListItem());
      }
    }
    const close = this.peek();
    if (!this.isPunct("]")) {
      throw this.fail(`Expected "," or "]" in the list ${position(close.start)}, but ${this.found(close)}`, close);
    }
    this.next();
    return this.built({ type: LIST, items, span: { start: open.start, end: close.end } });
  }

  private parseListItem(): LiteralNode {
    const token = this.peek();
    if (token.type === "operator" && token.text === "-" && this.peek(1).type === "number") {
      this.next();
      const number = this.next();
      return this.built({ type: LITERAL, value: 0 - (number.value as number), span: { start: token.start, end: number.end } });
    }
    if (token.type === "number" || token.type === "string") {
      this.next();
      return this.built({ type: LITERAL, value: token.value as number | string, span: { start: token.start, end: token.end } });
    }
    const word = token.word;
    if (word === "true" || word === "false" || word === "null") {
      this.next();
      return this.built({ type: LITERAL, value: word === "null" ? null : word === "true", span: { start: token.start, end: token.end } });
    }
    if (token.type === "end" || (token.type === "punct" && (token.text === "]" || token.text === ","))) throw this.expectedValue(token);
    throw this.fail(`Lists can only hold plain values such as "DE" or 3, but found ${quote(token.text)} ${position(token.start)}`, token);
  }
}
