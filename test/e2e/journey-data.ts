import { exampleWorkbook, type Rows } from "../fixtures/example-workbook";

/**
 * What the newcomer types: the clean example plan plus a third profile that
 * the second one fully covers on web (so the preview has an overlap and a
 * shadowed branch), with two mistakes a person really makes: a typo in an
 * attribute name, and an attribute missing the consent its channel needs.
 */
export const TYPO = 'plan = "free" and days_since(signup_dat) <= 14 and not onboarding_done';
export const FIXED = 'plan = "free" and days_since(signup_date) <= 14 and not onboarding_done';
export const CONSENT_FIX = "personalization, email_marketing";

export function journeySheets(): Record<string, Rows> {
  const { sheets } = exampleWorkbook();
  sheets["3 Profiles"][0].Eligibility = TYPO;
  // seats_used (row 5) lacks personalization, which the web activation of growing-teams needs.
  sheets["2 Attributes"][3]["Consent purposes"] = "email_marketing";
  sheets["3 Profiles"].push({
    "Profile ID": "big-pro-teams",
    Name: "Large pro teams",
    Persona: "team lead",
    "Lifecycle stage": "expansion",
    Eligibility: 'plan = "pro" and seats_used >= 8',
    Suppression: "unsubscribed",
    "Decay window": "8w",
    Priority: 3,
    Owner: "ana@example.com",
    Status: "draft",
  });
  sheets["4 Activation"].push({
    "Profile ID": "big-pro-teams",
    Channel: "web",
    Destination: "Website CMS",
    Method: "api",
    "Endpoint / reference": "https://cms.example/api/segments",
    "Latency need": "daily",
    "Fallback state": "The generic experience",
    Owner: "chris@example.com",
    Status: "draft",
  });
  return sheets;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Sample customers, one per row, by Attribute ID: members, a suppressed one, and people nobody targets. */
export function sampleRows(): Record<string, unknown>[] {
  const person = (plan: string, signedUp: number, done: boolean, seats: number, unsubscribed: boolean) => ({
    plan,
    signup_date: daysAgo(signedUp),
    onboarding_done: done ? "TRUE" : "FALSE",
    seats_used: seats,
    unsubscribed: unsubscribed ? "TRUE" : "FALSE",
  });
  return [
    person("free", 3, false, 1, false),
    person("free", 5, false, 2, false),
    person("free", 2, false, 1, true),
    person("free", 60, true, 1, false),
    person("pro", 200, true, 12, false),
    person("pro", 300, true, 9, false),
    person("pro", 100, true, 6, false),
    person("pro", 100, true, 3, false),
    person("enterprise", 400, true, 40, false),
  ];
}
