// Usage-label policy: the one table, the check and its README rendering.
export { MARKETING_ACTIONS, USAGE_POLICY } from "./policy-table";
export type { LabelRule, MarketingAction, UsageLabel } from "./policy-table";
export { policyViolations } from "./violations";
export type { PolicyViolation } from "./violations";
export { renderPolicyMarkdown } from "./render";
