// The logic language's public API. Other modules import from here only.

export * from "./ast";
export type { LogicError, LogicErrorKind } from "./errors";
export { caretDisplay } from "./errors";
export type { AttributeInfo, AttributeType } from "./types";
export type { Person, Value } from "./values";
export { parseIsoDate, daysSince, hoursSince } from "./values";
export { parseExpression, isBlankExpression, MAX_DEPTH } from "./parser";
export type { ParseResult } from "./parser";
export { checkExpression } from "./type-check";
export type { CheckResult } from "./type-check";
export { evaluate } from "./evaluate";
export { compileExpression } from "./compile";
export type { Compiled } from "./compile";
export { print } from "./printer";
export { closestMatch, editDistance } from "./suggest";
export { analyzeExpression } from "./analyze";
export type { Analysis } from "./analyze";
