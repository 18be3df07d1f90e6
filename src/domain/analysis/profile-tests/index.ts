// Profile tests: sample people with the outcome the team expects.
export { parsePerson } from "./person-parser";
export type { PersonParse } from "./person-parser";
export { PROFILE_OUTCOMES, judge, pickProfile } from "./outcome";
export type { Judgement, Pick, ProfileOutcome, TestedProfile } from "./outcome";
export { decidingPart, explainCondition } from "./explain";
export { parseExpectedOutcome, runChannelTest, runProfileTest } from "./run-test";
export type { ExpectedParse, TestResult } from "./run-test";
