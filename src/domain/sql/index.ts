// SQL compilers for the logic language: public API.

export { DIALECTS, isDialectName } from "./dialect";
export type { Dialect, DialectName } from "./dialect";
export { dialectOf } from "./dialects";
export { compileSqlExpression, SqlCompileError } from "./expression";
export type { SqlExpressionOptions } from "./expression";
export { compileProfile, tableSql } from "./profile";
export { compileOneScan } from "./one-scan";
export type { OneScan, OneScanInput, ScanActivation, ScanLayout, ScanProfile } from "./one-scan";
export { parseOneScanRow, ScanResultError } from "./one-scan-result";
export type { AudienceEstimate, BranchEstimate, ChannelEstimate, CoverageEstimate, ProfileEstimate } from "./one-scan-result";
export type { ProfileLogic, ProfileSql, ProfileSqlOptions } from "./profile";
export { COLUMN_TYPES } from "./column-types";
