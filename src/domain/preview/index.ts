// Audience preview on sample data: public API.

export { compileProfileEvaluator, membershipOf } from "./membership";
export type { Membership, ProfileEvaluator, ProfileLogicTrees } from "./membership";
export { previewAudiences } from "./audiences";
export type { Activation, AudiencePreview, OverlapMatrix, PreviewInput, ProfileAudience } from "./audiences";
export { byPriority } from "./decision-tree";
export type { DecisionTree, ShadowedProfile, TreeBranch } from "./decision-tree";
export { parseSampleBlocks, parseSampleData } from "./sample-data";
export type { CellProblem, SampleData, SampleDataOptions } from "./sample-data";
export { DEFAULT_BLOCK_SIZE, DEFAULT_MAX_ROWS, describeSample, planSample } from "./sampling";
export type { RowBlock, SamplePlan } from "./sampling";
export { parseCsv } from "./csv";
export type { CsvResult } from "./csv";
