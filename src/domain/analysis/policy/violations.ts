// Which rules of the usage policy an activation on a channel breaks, given
// the labels of the attributes its profile uses (labels flow from attribute
// to every activation of a profile that uses it).

import type { Channel } from "../../schema/vocabulary";
import { USAGE_POLICY } from "./policy-table";
import type { MarketingAction, UsageLabel } from "./policy-table";

export interface PolicyViolation {
  label: UsageLabel;
  /** The forbidden marketing action, or `ads activation` for a label that keeps data off a channel. */
  action: MarketingAction | `${Channel} activation`;
  rule: string;
}

export function policyViolations(labels: readonly UsageLabel[], channel: Channel): PolicyViolation[] {
  const actions = USAGE_POLICY.channelActions[channel];
  const violations: PolicyViolation[] = [];
  for (const label of new Set(labels)) {
    const rule = USAGE_POLICY.labels[label];
    if (!rule) continue;
    if (rule.forbidsChannels.includes(channel)) violations.push({ label, action: `${channel} activation`, rule: rule.rule });
    for (const action of actions) {
      if (rule.forbidsActions.includes(action)) violations.push({ label, action, rule: rule.rule });
    }
  }
  return violations;
}
