/** The fixed vocabularies of DESIGN section 1: every dropdown and check reads them from here. */
export const CHANNELS = ["web", "in-app", "email", "ads", "sales"] as const;
/** Channels the company runs itself; data sent to the others reaches a third party (ads networks, sales tools). */
export const FIRST_PARTY_CHANNELS: readonly Channel[] = ["web", "in-app", "email"];
export const THIRD_PARTY_CHANNELS: readonly Channel[] = CHANNELS.filter((channel) => !FIRST_PARTY_CHANNELS.includes(channel));
export const PATTERNS = ["diamond", "pipeline"] as const;
export type Pattern = (typeof PATTERNS)[number];
export const WAREHOUSES = ["none", "bigquery"] as const;
export const LIFECYCLE_STAGES = [
  "awareness",
  "acquisition",
  "onboarding",
  "activation",
  "adoption",
  "expansion",
  "retention",
  "win-back",
  "advocacy",
] as const;
export const ATTRIBUTE_TYPES = ["string", "number", "integer", "boolean", "date", "timestamp", "enum", "string_list"] as const;
export const REFRESH_CADENCES = ["realtime", "hourly", "daily", "weekly", "monthly"] as const;
export const CONSENT_PURPOSES = ["essential", "analytics", "personalization", "email_marketing", "advertising", "sales_outreach"] as const;
export const SENSITIVITIES = ["none", "pii", "sensitive"] as const;
export const USAGE_LABELS = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12", "I1", "I2", "S1", "S2"] as const;
export const PROFILE_STATUSES = ["draft", "review", "approved", "retired"] as const;
export const ACTIVATION_METHODS = ["api", "webhook", "batch_file", "native_sync", "manual"] as const;
export const LATENCY_NEEDS = ["realtime", "hourly", "daily", "weekly"] as const;
export const ACTIVATION_STATUSES = ["draft", "ready", "live", "blocked"] as const;
export const GOVERNANCE_SCOPES = ["plan", "attribute", "profile", "activation", "source"] as const;
export const QA_CADENCES = ["weekly", "biweekly", "monthly", "quarterly"] as const;
export const CHANGE_SOURCES = ["edit", "setup", "import", "validation", "export", "escalation", "approval"] as const;

export type Channel = (typeof CHANNELS)[number];
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The consent purpose a channel needs when an activation row leaves it blank. */
export const CHANNEL_CONSENT: Record<Channel, ConsentPurpose> = {
  web: "personalization",
  "in-app": "personalization",
  email: "email_marketing",
  ads: "advertising",
  sales: "sales_outreach",
};

/** Objective, profile and test IDs: letters, digits, dashes and underscores, no spaces. */
export const ROW_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
