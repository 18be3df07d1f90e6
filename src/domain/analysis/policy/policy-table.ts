// The usage-label policy of DESIGN section 8, as data: what each channel does
// with the data (its marketing actions), which channels are first-party, and
// what each label forbids. Checks, the README table and tests all read this
// one table; change the policy here and nowhere else.

import { FIRST_PARTY_CHANNELS, THIRD_PARTY_CHANNELS } from "../../schema/vocabulary";
import type { Channel, USAGE_LABELS } from "../../schema/vocabulary";

export type UsageLabel = (typeof USAGE_LABELS)[number];

export const MARKETING_ACTIONS = ["onsite personalization", "email targeting", "cross-site targeting", "export to third party"] as const;
export type MarketingAction = (typeof MARKETING_ACTIONS)[number];

export interface LabelRule {
  /** Marketing actions the label forbids, on whatever channel implies them. */
  forbidsActions: readonly MarketingAction[];
  /** Channels the label keeps data out of entirely. */
  forbidsChannels: readonly Channel[];
  /** The rule in words, as a finding quotes it. */
  rule: string;
}

export const USAGE_POLICY = {
  channelActions: {
    web: ["onsite personalization"],
    "in-app": ["onsite personalization"],
    email: ["email targeting"],
    ads: ["cross-site targeting", "export to third party"],
    sales: ["export to third party"],
  } satisfies Record<Channel, readonly MarketingAction[]> as Record<Channel, readonly MarketingAction[]>,
  firstPartyChannels: FIRST_PARTY_CHANNELS,
  labels: {
    C2: { forbidsActions: ["export to third party"], forbidsChannels: [], rule: "C2 data cannot be exported to a third party" },
    C4: {
      forbidsActions: ["onsite personalization", "cross-site targeting"],
      forbidsChannels: [],
      rule: "C4 data cannot be used for onsite personalization or cross-site targeting",
    },
    C5: { forbidsActions: ["cross-site targeting"], forbidsChannels: [], rule: "C5 data cannot be used for cross-site targeting" },
    C7: { forbidsActions: ["onsite personalization"], forbidsChannels: [], rule: "C7 data cannot be used for onsite personalization" },
    C12: { forbidsActions: ["export to third party"], forbidsChannels: [], rule: "C12 data cannot be exported in any way" },
    I1: { forbidsActions: [], forbidsChannels: ["ads"], rule: "I1 (directly identifying) data never goes to ads" },
    S1: {
      forbidsActions: [],
      forbidsChannels: THIRD_PARTY_CHANNELS,
      rule: `S1 (sensitive) data never leaves the first-party channels (${FIRST_PARTY_CHANNELS.join(", ")})`,
    },
    S2: {
      forbidsActions: [],
      forbidsChannels: THIRD_PARTY_CHANNELS,
      rule: `S2 (sensitive) data never leaves the first-party channels (${FIRST_PARTY_CHANNELS.join(", ")})`,
    },
  } satisfies Partial<Record<UsageLabel, LabelRule>> as Partial<Record<UsageLabel, LabelRule>>,
};
