import { describe, expect, it } from "vitest";
import { parseExpression, referencedAttributes } from "../../../../src/domain/logic";
import type { Node } from "../../../../src/domain/logic";
import { MISSING_VALUES_NOTE, profileDocument } from "../../../../src/domain/plan/explain";
import type { ProfileFacts } from "../../../../src/domain/plan/explain";
import { SAMPLE_LOOKUP, attributeFacts } from "./sample-attributes";

function parsed(text: string | null): Node | null {
  if (text === null) return null;
  const result = parseExpression(text);
  return result.ok ? result.ast : null;
}

/** A profile row as the sheet would give it, with its expressions parsed. */
function profileFacts(overrides: Partial<ProfileFacts> = {}): ProfileFacts {
  const texts = {
    eligibilityText: 'plan = "free" and days_since(signup_date) <= 14d and not onboarding_done',
    suppressionText: 'unsubscribed or country in ["CU", "IR"]',
    scoreText: "coalesce(seats_used, 0) * 10 + len(features_used)",
    ...overrides,
  };
  return {
    profileId: "new-free-users",
    name: "New free users",
    persona: "Self-serve founder",
    lifecycleStage: "onboarding",
    scoreThreshold: 20,
    decayWindow: "7d",
    priority: 1,
    owner: "ana@example.com",
    status: "review",
    ...texts,
    eligibility: parsed(texts.eligibilityText),
    suppression: parsed(texts.suppressionText),
    score: parsed(texts.scoreText),
    ...overrides,
  };
}

function referencedBy(profile: ProfileFacts): string[] {
  const ids = [profile.eligibility, profile.suppression, profile.score].flatMap((ast) => (ast ? referencedAttributes(ast) : []));
  return [...new Set(ids)];
}

function documentFor(profile: ProfileFacts, channels = ["email", "in-app"]) {
  return profileDocument(profile, channels, SAMPLE_LOOKUP, referencedBy(profile));
}

describe("profileDocument markdown", () => {
  const { markdown } = documentFor(profileFacts());

  it("has the sections in order", () => {
    const headings = markdown.split("\n").filter((line) => line.startsWith("#"));
    expect(headings).toEqual([
      "# New free users (new-free-users)",
      "## Who qualifies",
      "## Except",
      "## Score",
      "## Membership",
      "## Channels",
      "## Owner and status",
      "## Attributes used",
      "## Missing values",
    ]);
  });

  it("explains each rule beside its exact expression", () => {
    expect(markdown).toContain(
      "Plan is “free”, Signup date was within the last 14 days, and Onboarding done is not true.\n\n" +
        'Expression: `plan = "free" and days_since(signup_date) <= 14d and not onboarding_done`',
    );
    expect(markdown).toContain("People are left out when either Unsubscribed from email is true or Country is one of “CU” or “IR”.");
    expect(markdown).toContain("Score: Seats used (or 0 when missing) × 10 + the number of items in Features used.");
    expect(markdown).toContain("People qualify only with a score of at least 20.");
  });

  it("states persona, decay, priority, channels, owner and status", () => {
    expect(markdown).toContain("Persona: Self-serve founder. Lifecycle stage: onboarding.");
    expect(markdown).toContain("Decay window: 7 days.");
    expect(markdown).toContain("Priority: 1.");
    expect(markdown).toContain("Activated on: email, in-app.");
    expect(markdown).toContain("Owner: ana@example.com. Status: review.");
  });

  it("mentions missing values once, at the end", () => {
    expect(markdown.split("missing value").length - 1).toBe(1);
    expect(markdown.trimEnd().endsWith(MISSING_VALUES_NOTE)).toBe(true);
  });

  it("lists each referenced attribute with its source, SLAs and privacy facts", () => {
    const rows = markdown.split("\n").filter((line) => line.startsWith("| "));
    expect(rows[0]).toBe(
      "| Attribute | Display name | Source | Refresh cadence | Freshness SLA | Coverage vs SLA | Consent purposes | Sensitivity | Usage labels | Privacy notes |",
    );
    expect(rows.slice(2).map((row) => row.split(" | ")[0])).toEqual([
      "| `plan`",
      "| `signup_date`",
      "| `onboarding_done`",
      "| `unsubscribed`",
      "| `country`",
      "| `seats_used`",
      "| `features_used`",
    ]);
    expect(rows).toContain(
      "| `onboarding_done` | Onboarding done | Segment, field `traits.onboarding_done` | realtime | 1 hour | 91% — below the 95% SLA" +
        " | analytics, personalization | none | — | Derived from product events. |",
    );
    expect(rows).toContain(
      "| `plan` | Plan | Billing, field `subscription.plan` | hourly | 2 hours | 100% — meets the 99% SLA" +
        " | essential, personalization | none | C1 | — |",
    );
  });

  it("lists an attribute missing from the Attributes sheet as such", () => {
    const profile = profileFacts({ eligibilityText: 'crm_tier = "gold"', eligibility: parsed('crm_tier = "gold"') });
    expect(documentFor(profile).markdown).toContain("| `crm_tier` | not in the Attributes sheet | — | — | — | — | — | — | — | — |");
  });

  it("says plainly when rules, channels and settings are absent", () => {
    const profile = profileFacts({
      name: null,
      persona: null,
      lifecycleStage: null,
      suppression: null,
      suppressionText: null,
      score: null,
      scoreText: null,
      decayWindow: null,
      priority: null,
      owner: null,
      status: null,
    });
    const markdown = documentFor(profile, []).markdown;
    expect(markdown.startsWith("# Profile new-free-users\n\n## Who qualifies")).toBe(true);
    expect(markdown).toContain("No suppression rule: no one who qualifies is left out.");
    expect(markdown).toContain("No score rule: eligibility and suppression alone decide.");
    expect(markdown).not.toContain("score threshold");
    expect(markdown).toContain("No decay window is set.");
    expect(markdown).toContain("Not activated on any channel yet.");
    expect(markdown).toContain("Owner: not set. Status: not set.");
  });

  it("shows a rule that does not parse as written, without explaining it", () => {
    const profile = profileFacts({ eligibilityText: "plan = and", eligibility: null });
    expect(documentFor(profile).markdown).toContain(
      "This rule could not be read (see the validation findings), so it is shown as written: `plan = and`",
    );
  });

  it("has no missing-values note when there is no condition", () => {
    const profile = profileFacts({ eligibility: null, eligibilityText: null, suppression: null, suppressionText: null });
    const markdown = documentFor(profile).markdown;
    expect(markdown).toContain("No eligibility rule is set yet.");
    expect(markdown).not.toContain("## Missing values");
  });
});

describe("profileDocument escaping", () => {
  const hostile = "<img src=x onerror=alert(1)>";
  const attributes = new Map(SAMPLE_LOOKUP);
  attributes.set(
    "country",
    attributeFacts({
      id: "country",
      displayName: "Country | region",
      type: "string",
      sourceSystem: "CRM `prod`",
      sourceField: "a|b",
      privacyNotes: "Line one\nLine two <b>bold</b> & *stars*",
    }),
  );
  const profile = profileFacts({
    name: hostile,
    persona: "# not a heading",
    eligibilityText: 'country = "a`b|c<d>"',
    eligibility: parsed('country = "a`b|c<d>"'),
    suppression: null,
    suppressionText: null,
  });
  const { markdown, html } = profileDocument(profile, ["email"], attributes, ["country"]);

  it("escapes user text in Markdown", () => {
    expect(markdown).toContain("# \\<img src=x onerror=alert(1)\\> (new-free-users)");
    expect(markdown).toContain("Persona: \\# not a heading.");
    expect(markdown).toContain("Country \\| region is “a\\`b\\|c\\<d\\>”.");
    expect(markdown).toContain('Expression: ``country = "a`b|c<d>"``');
    expect(markdown).toContain(
      "| `country` | Country \\| region | CRM \\`prod\\`, field `a\\|b` | — | — | — | — | — | — | Line one Line two \\<b\\>bold\\</b\\> \\& \\*stars\\* |",
    );
  });

  it("keeps each table row on one line with the header's number of cells", () => {
    const rows = markdown.split("\n").filter((line) => line.startsWith("| "));
    const cells = (row: string) => row.replace(/\\\|/g, "").split("|").length;
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map(cells)).size).toBe(1);
  });

  it("escapes a paragraph that would start a list", () => {
    const numbered = profileDocument(
      profileFacts({ owner: null }),
      [],
      new Map([["plan", attributeFacts({ id: "plan", displayName: "1. Plan", type: "enum" })]]),
      [],
    );
    expect(numbered.markdown).toContain("\n1\\. Plan is “free”");
  });

  it("escapes every piece of user text in HTML", () => {
    expect(html).not.toContain("<img");
    expect(html).toContain("<title>&lt;img src=x onerror=alert(1)&gt; (new-free-users)</title>");
    expect(html).toContain("<h1>&lt;img src=x onerror=alert(1)&gt; (new-free-users)</h1>");
    expect(html).toContain("<p>Country | region is “a`b|c&lt;d&gt;”.</p>");
    expect(html).toContain('<code style="font-family:monospace">country = &quot;a`b|c&lt;d&gt;&quot;</code>');
    expect(html).toContain("Line one\nLine two &lt;b&gt;bold&lt;/b&gt; &amp; *stars*");
  });

  it("is simple semantic HTML", () => {
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(["body", "code", "h1", "h2", "head", "html", "meta", "p", "table", "td", "th", "title", "tr"]);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
  });
});
