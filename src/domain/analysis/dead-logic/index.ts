// Dead-logic analysis: which profile logic can never select anyone.
export { analyzeDeadLogic, analyzeMembershipLogic, covers, impliedBy } from "./analyze";
export type { DeadLogicResult, MembershipLogic, Verdict } from "./analyze";
