// A cursor over the token list for the parser, with the depth caps: the
// parser may recurse at most MAX_DEPTH levels, and no tree it builds is deeper
// than MAX_DEPTH, so later passes can recurse without overflowing the stack.

import { childrenOf } from "./ast";
import type { Node, Span } from "./ast";
import { syntaxError } from "./errors";
import type { LogicSyntaxError } from "./errors";
import { quote } from "./lexer";
import type { Token } from "./lexer";

export const MAX_DEPTH = 200;

export class TokenCursor {
  private at = 0;
  private nesting = 0;
  // A Map, not a WeakMap: it lives for one parse, and a WeakMap's bookkeeping was a fifth of the parse time.
  private readonly depths = new Map<Node, number>();
  /**
   * Every node takes at least one token of its own, so a tree is never
   * deeper than its token count: short texts (nearly all) need no depths.
   */
  private readonly shallow: boolean;

  constructor(
    protected readonly source: string,
    private readonly tokens: Token[],
  ) {
    this.shallow = tokens.length <= MAX_DEPTH;
  }

  /** The token before the current one, if any. */
  protected previous(): Token | undefined {
    return this.at > 0 ? this.tokens[this.at - 1] : undefined;
  }

  // --- token helpers -------------------------------------------------------

  protected peek(offset = 0): Token {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)];
  }

  protected next(): Token {
    const token = this.peek();
    if (token.type !== "end") this.at++;
    return token;
  }

  protected isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.word === word;
  }

  protected isPunct(text: string): boolean {
    const token = this.peek();
    return token.type === "punct" && token.text === text;
  }

  protected fail(message: string, token: Token, suggestion?: string): LogicSyntaxError {
    return syntaxError(this.source, message, token.start, token.end - token.start, suggestion);
  }

  /** "found ..." for messages; the end of the text reads as such. */
  protected found(token: Token): string {
    return token.type === "end" ? "the expression ended" : `found ${quote(token.text)}`;
  }

  // --- depth caps ------------------------------------------------------------

  protected enter(token: Token): void {
    if (++this.nesting > MAX_DEPTH) throw this.tooDeep(token.start);
  }

  protected leave(): void {
    this.nesting--;
  }

  protected tooDeep(index: number): LogicSyntaxError {
    return syntaxError(this.source, `Expression is nested too deeply (more than ${MAX_DEPTH} levels)`, index, 1);
  }

  /**
   * Records the node's depth; long chains such as a and b and c … deepen the
   * tree without recursion. Nodes come with their span: a field added later
   * would change every node's shape.
   */
  protected built<T extends Node & { span: Span }>(node: T): T {
    if (this.shallow) return node;
    let depth = 1;
    for (const child of childrenOf(node)) depth = Math.max(depth, (this.depths.get(child) ?? 1) + 1);
    if (depth > MAX_DEPTH) throw this.tooDeep(node.span.start);
    this.depths.set(node, depth);
    return node;
  }

  protected span(node: Node): Span {
    return node.span as Span;
  }
}
