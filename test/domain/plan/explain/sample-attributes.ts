// Realistic Attributes-sheet rows for the explanation tests, built with
// defaults (the clasp habit) so each test overrides only what it is about.

import type { AttributeFacts } from "../../../../src/domain/plan/explain";

export function attributeFacts(overrides: Partial<AttributeFacts> & Pick<AttributeFacts, "id">): AttributeFacts {
  return {
    displayName: null,
    type: "string",
    sourceSystem: null,
    sourceField: null,
    refreshCadence: null,
    freshnessSlaHours: null,
    coveragePct: null,
    coverageSlaPct: null,
    consentPurposes: [],
    sensitivity: null,
    privacyNotes: null,
    owner: null,
    usageLabels: [],
    ...overrides,
  };
}

export const SAMPLE_FACTS: readonly AttributeFacts[] = [
  attributeFacts({
    id: "plan",
    displayName: "Plan",
    type: "enum",
    sourceSystem: "Billing",
    sourceField: "subscription.plan",
    refreshCadence: "hourly",
    freshnessSlaHours: 2,
    coveragePct: 100,
    coverageSlaPct: 99,
    consentPurposes: ["essential", "personalization"],
    sensitivity: "none",
    usageLabels: ["C1"],
  }),
  attributeFacts({
    id: "signup_date",
    displayName: "Signup date",
    type: "date",
    sourceSystem: "Product DB",
    sourceField: "users.created_at",
    refreshCadence: "daily",
    freshnessSlaHours: 24,
    coveragePct: 100,
    coverageSlaPct: 95,
    consentPurposes: ["essential", "analytics", "personalization", "email_marketing"],
    sensitivity: "none",
  }),
  attributeFacts({
    id: "onboarding_done",
    displayName: "Onboarding done",
    type: "boolean",
    sourceSystem: "Segment",
    sourceField: "traits.onboarding_done",
    refreshCadence: "realtime",
    freshnessSlaHours: 1,
    coveragePct: 91,
    coverageSlaPct: 95,
    consentPurposes: ["analytics", "personalization"],
    sensitivity: "none",
    privacyNotes: "Derived from product events.",
  }),
  attributeFacts({ id: "seats_used", displayName: "Seats used", type: "integer", sourceSystem: "Billing", sourceField: "seats.used" }),
  attributeFacts({
    id: "country",
    displayName: "Country",
    type: "string",
    sourceSystem: "CRM",
    sourceField: "account.country",
    sensitivity: "pii",
    usageLabels: ["I1", "C4"],
    privacyNotes: "From billing address; do not infer from IP.",
  }),
  attributeFacts({ id: "features_used", displayName: "Features used", type: "string_list", sourceSystem: "Segment" }),
  attributeFacts({ id: "last_seen_at", displayName: "Last seen", type: "timestamp", sourceSystem: "Segment", sourceField: "last_seen" }),
  attributeFacts({
    id: "unsubscribed",
    displayName: "Unsubscribed from email",
    type: "boolean",
    sourceSystem: "ESP",
    consentPurposes: ["essential"],
    refreshCadence: "realtime",
  }),
  attributeFacts({ id: "mrr", displayName: "MRR", type: "number", sourceSystem: "Billing" }),
  // No Display name: the explanation falls back to the ID with spaces.
  attributeFacts({ id: "trial_ends_on", type: "date" }),
];

export const SAMPLE_LOOKUP: ReadonlyMap<string, AttributeFacts> = new Map(SAMPLE_FACTS.map((facts) => [facts.id, facts]));
