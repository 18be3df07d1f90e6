// Double arithmetic for PostgreSQL with the evaluator's meaning. PostgreSQL
// raises "value out of range: overflow" where the evaluator gives null, and
// "…: underflow" where a product or quotient of non-zero doubles rounds to
// zero (the evaluator's 0), and one error fails the whole query. So each
// operation first computes a scaled copy that can never leave the normal
// range and decides from it, exactly, by comparisons with powers of two:
//
// - An operand is huge above 2^511 (scaled by 2^-1000), tiny below 2^-511
//   (scaled by 2^1000), else kept: scaled operands lie in [2^-511, 2^511],
//   so their product or quotient p lies in [2^-1022, 2^1022] and is the
//   true result times 2^(-1000·k), rounded once, k the sum (× ) or
//   difference (÷) of the operands' classes (+1 huge, -1 tiny).
// - k = 0 cannot overflow or underflow. For k > 0 the result overflows iff
//   |p| ≥ 2^(1024-1000k); for k < 0 it rounds to zero if |p| ≤ 2^(-1075-1000k)
//   (a product within half a unit above 2^-1075, which would round to the
//   smallest subnormal, reads as 0 too: never an error, off by 5e-324).
// - Sums overflow only if an operand reaches 2^1023; then halves (exact for
//   |x| ≥ 1; smaller operands cannot move the sum past the limit) decide.
//
// Operands appear once, in a derived table, so nested arithmetic grows the
// text linearly. Division by zero is null, as NULLIF gives it.

import type { ArithmeticOperator } from "../logic";

const double = (x: number): string => `CAST('${String(x)}' AS DOUBLE PRECISION)`;
const pow2 = (e: number): string => double(2 ** e);

function scaledClass(operand: string): string {
  return `CASE WHEN abs(${operand}) > ${pow2(511)} THEN 1 WHEN abs(${operand}) < ${pow2(-511)} THEN -1 ELSE 0 END`;
}

function scaled(operand: string, klass: string): string {
  return `(${operand} * CASE ${klass} WHEN 1 THEN ${pow2(-1000)} WHEN -1 THEN ${pow2(1000)} ELSE 1 END)`;
}

function productOrQuotient(operator: "*" | "/", left: string, right: string): string {
  const combine = operator === "*" ? "+" : "-";
  const exact = `o.x ${operator} o.y`;
  return [
    `(SELECT CASE WHEN o.k = 0 THEN ${exact}`,
    ` WHEN o.k > 0 AND abs(o.p) >= CASE o.k WHEN 1 THEN ${pow2(24)} ELSE ${pow2(-976)} END THEN NULL`,
    ` WHEN o.k < 0 AND abs(o.p) <= CASE o.k WHEN -1 THEN ${pow2(-75)} ELSE ${pow2(925)} END THEN 0`,
    ` ELSE ${exact} END`,
    ` FROM (SELECT c.x, c.y, c.cx ${combine} c.cy AS k, ${scaled("c.x", "c.cx")} ${operator} ${scaled("c.y", "c.cy")} AS p`,
    ` FROM (SELECT v.x, v.y, ${scaledClass("v.x")} AS cx, ${scaledClass("v.y")} AS cy`,
    ` FROM (SELECT ${left} AS x, ${right} AS y) AS v) AS c) AS o)`,
  ].join("");
}

function sumOrDifference(operator: "+" | "-", left: string, right: string): string {
  const half = (x: string) => `CASE WHEN abs(${x}) < 1 THEN 0 ELSE ${x} * 0.5 END`;
  return [
    `(SELECT CASE WHEN abs(v.x) < ${pow2(1023)} AND abs(v.y) < ${pow2(1023)} THEN v.x ${operator} v.y`,
    ` WHEN abs((${half("v.x")}) ${operator} (${half("v.y")})) >= ${pow2(1023)} THEN NULL`,
    ` ELSE v.x ${operator} v.y END`,
    ` FROM (SELECT ${left} AS x, ${right} AS y) AS v)`,
  ].join("");
}

/** `left operator right` on DOUBLE PRECISION operands; never raises, null where the evaluator is null. */
export function postgresArithmetic(operator: ArithmeticOperator, left: string, right: string): string {
  if (operator === "/") return productOrQuotient("/", left, `NULLIF(${right}, 0)`);
  if (operator === "*") return productOrQuotient("*", left, right);
  return sumOrDifference(operator, left, right);
}
