// SQL compilers for the logic language: public API.

export { DIALECTS, isDialectName } from "./dialect";
export type { Dialect, DialectName } from "./dialect";
export { dialectOf } from "./dialects";
export { compileSqlExpression, SqlCompileError } from "./expression";
export type { SqlExpressionOptions } from "./expression";
export { compileProfile } from "./profile";
export type { ProfileLogic, ProfileSql, ProfileSqlOptions } from "./profile";
