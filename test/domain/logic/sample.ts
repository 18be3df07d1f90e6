// A realistic attribute set and three sample people, shared by the logic tests
// and the arbitraries.

import type { AttributeInfo, Value } from "../../../src/domain/logic";

const attribute = (id: string, type: AttributeInfo["type"], allowedValues: string[] = []): AttributeInfo => ({ id, type, allowedValues });

export const SAMPLE_ATTRIBUTE_LIST: readonly AttributeInfo[] = [
  attribute("plan", "enum", ["free", "pro", "enterprise"]),
  attribute("signup_date", "date"),
  attribute("last_seen_at", "timestamp"),
  attribute("onboarding_done", "boolean"),
  attribute("seats_used", "integer"),
  attribute("mrr", "number"),
  attribute("country", "string"),
  attribute("features_used", "string_list"),
  attribute("email", "string"),
];

export const SAMPLE_ATTRIBUTES: ReadonlyMap<string, AttributeInfo> = new Map(SAMPLE_ATTRIBUTE_LIST.map((a) => [a.id, a]));

export const NOW = new Date("2025-06-15T12:00:00Z");

export type SamplePerson = Record<string, Value>;

/** A new free user: signed up 10 days ago, seen 3 hours ago, not onboarded. */
export const alice: SamplePerson = {
  plan: "free",
  signup_date: new Date("2025-06-05T00:00:00Z"),
  last_seen_at: new Date("2025-06-15T09:00:00Z"),
  onboarding_done: false,
  seats_used: 1,
  mrr: 0,
  country: "DE",
  features_used: ["export", "share"],
  email: "alice@example.com",
};

/** A paying customer since December (196 days), never seen, no email. */
export const bob: SamplePerson = {
  plan: "pro",
  signup_date: new Date("2024-12-01T00:00:00Z"),
  last_seen_at: null,
  onboarding_done: true,
  seats_used: 12,
  mrr: 499.5,
  country: "US",
  features_used: [],
  email: null,
};

/** An enterprise contact we know almost nothing about. */
export const carol: SamplePerson = {
  plan: "enterprise",
  email: "CAROL@EXAMPLE.COM",
};
