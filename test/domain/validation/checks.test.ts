import { describe, expect, it } from "vitest";
import { FINDING_CODES, validateWorkbook, type FindingCode } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw, type ExampleWorkbook } from "../../fixtures/example-workbook";

interface Case {
  code: FindingCode;
  why: string;
  breakIt: (example: ExampleWorkbook) => void;
  at: { sheet: string; row: number; column: string };
  says: RegExp;
}

const set = (example: ExampleWorkbook, sheet: string, index: number, label: string, value: string | number) => {
  example.sheets[sheet][index][label] = value;
};

const cases: Case[] = [
  {
    code: "SCHEMA",
    why: "a mistyped attribute type",
    breakIt: (e) => set(e, "2 Attributes", 3, "Type", "numbr"),
    at: { sheet: "2 Attributes", row: 5, column: "Type" },
    says: /^Type must be one of string, number, integer, .* \(got "numbr"\)\.$/,
  },
  {
    code: "SCHEMA",
    why: "a coverage written as words",
    breakIt: (e) => set(e, "2 Attributes", 0, "Coverage %", "most"),
    at: { sheet: "2 Attributes", row: 2, column: "Coverage %" },
    says: /Coverage % must be a number \(got "most"\)/,
  },
  {
    code: "SCHEMA",
    why: "an enum attribute without allowed values",
    breakIt: (e) => set(e, "2 Attributes", 0, "Allowed values", ""),
    at: { sheet: "2 Attributes", row: 2, column: "Allowed values" },
    says: /Allowed values is required for an enum attribute/,
  },
  {
    code: "SCHEMA",
    why: "a score without threshold",
    breakIt: (e) => set(e, "3 Profiles", 1, "Score threshold", ""),
    at: { sheet: "3 Profiles", row: 3, column: "Score threshold" },
    says: /Score threshold is needed/,
  },
  {
    code: "SCHEMA",
    why: "a bad ladder email on the Plan",
    breakIt: (e) => {
      e.plan["Exec sponsor"] = "sam at example";
    },
    at: { sheet: "Plan", row: 11, column: "Value" },
    says: /Exec sponsor must be an email address/,
  },
  {
    code: "DUPLICATE_ID",
    why: "two attributes called plan",
    breakIt: (e) => set(e, "2 Attributes", 4, "Attribute ID", "plan"),
    at: { sheet: "2 Attributes", row: 6, column: "Attribute ID" },
    says: /Attribute ID plan is already used on row 2/,
  },
  {
    code: "UNKNOWN_PROFILE",
    why: "an activation of a misspelled profile",
    breakIt: (e) => set(e, "4 Activation", 2, "Profile ID", "growing-team"),
    at: { sheet: "4 Activation", row: 4, column: "Profile ID" },
    says: /No profile "growing-team" in 3 Profiles\. Did you mean "growing-teams"\?/,
  },
  {
    code: "UNKNOWN_ATTRIBUTE",
    why: "eligibility naming a misspelled attribute",
    breakIt: (e) => set(e, "3 Profiles", 0, "Eligibility", 'plan = "free" and days_since(signup_dat) <= 14'),
    at: { sheet: "3 Profiles", row: 2, column: "Eligibility" },
    says: /signup_dat.*Did you mean "signup_date"/,
  },
  {
    code: "LOGIC_SYNTAX",
    why: "an eligibility that stops half way",
    breakIt: (e) => set(e, "3 Profiles", 0, "Eligibility", 'plan = "free" and'),
    at: { sheet: "3 Profiles", row: 2, column: "Eligibility" },
    says: /\n.*\n\s*\^/,
  },
  {
    code: "LOGIC_TYPE",
    why: "a date compared with text",
    breakIt: (e) => set(e, "3 Profiles", 1, "Eligibility", 'signup_date = "yes"'),
    at: { sheet: "3 Profiles", row: 3, column: "Eligibility" },
    says: /signup_date is a date.*"yes" is a string/,
  },
  {
    code: "LOGIC_TYPE",
    why: "an enum value outside Allowed values",
    breakIt: (e) => set(e, "3 Profiles", 1, "Eligibility", 'plan = "gold"'),
    at: { sheet: "3 Profiles", row: 3, column: "Eligibility" },
    says: /gold/,
  },
  {
    code: "CHANNEL_NOT_IN_PLAN",
    why: "an ads activation in a web/in-app/email plan",
    breakIt: (e) => set(e, "4 Activation", 2, "Channel", "ads"),
    at: { sheet: "4 Activation", row: 4, column: "Channel" },
    says: /The plan's Channels do not include ads/,
  },
  {
    code: "CONSENT_MISSING",
    why: "an attribute without email consent used on email",
    breakIt: (e) => set(e, "2 Attributes", 1, "Consent purposes", "personalization"),
    at: { sheet: "4 Activation", row: 3, column: "Consent purpose" },
    says: /Attribute signup_date .* lacks consent for email_marketing/,
  },
  {
    code: "SENSITIVE_ACTIVATION",
    why: "a sensitive attribute feeding sales",
    breakIt: (e) => {
      e.plan.Channels = "web, in-app, email, sales";
      set(e, "2 Attributes", 3, "Sensitivity", "sensitive");
      set(e, "2 Attributes", 3, "Consent purposes", "personalization, sales_outreach");
      set(e, "4 Activation", 2, "Channel", "sales");
      set(e, "3 Profiles", 1, "Suppression", "unsubscribed");
      set(e, "2 Attributes", 0, "Consent purposes", "personalization, email_marketing, sales_outreach");
      set(e, "2 Attributes", 4, "Consent purposes", "essential, personalization, email_marketing, sales_outreach");
    },
    at: { sheet: "4 Activation", row: 4, column: "Channel" },
    says: /Attribute seats_used is sensitive .* on sales/,
  },
  {
    code: "FRESHNESS",
    why: "a daily attribute behind a realtime activation",
    breakIt: (e) => set(e, "4 Activation", 0, "Latency need", "realtime"),
    at: { sheet: "4 Activation", row: 2, column: "Latency need" },
    says: /refresh too slowly for this activation, which needs realtime freshness \(plan daily, signup_date daily/,
  },
  {
    code: "COVERAGE_SLA",
    why: "coverage below its SLA",
    breakIt: (e) => set(e, "2 Attributes", 2, "Coverage %", "61%"),
    at: { sheet: "2 Attributes", row: 4, column: "Coverage %" },
    says: /Coverage is 61%, below its SLA of 95%/,
  },
  {
    code: "NO_FALLBACK",
    why: "an activation without fallback",
    breakIt: (e) => set(e, "4 Activation", 1, "Fallback state", ""),
    at: { sheet: "4 Activation", row: 3, column: "Fallback state" },
    says: /Fallback state is empty/,
  },
  {
    code: "NO_OWNER",
    why: "a profile nobody owns",
    breakIt: (e) => set(e, "3 Profiles", 1, "Owner", ""),
    at: { sheet: "3 Profiles", row: 3, column: "Owner" },
    says: /Profile growing-teams has no owner/,
  },
  {
    code: "NO_SUPPRESSION",
    why: "an email activation of a profile without suppression",
    breakIt: (e) => set(e, "3 Profiles", 0, "Suppression", ""),
    at: { sheet: "4 Activation", row: 3, column: "Profile ID" },
    says: /Profile new-free-users has no Suppression, yet it is activated on email/,
  },
  {
    code: "UNUSED_ATTRIBUTE",
    why: "an attribute no profile uses",
    breakIt: (e) => e.sheets["2 Attributes"].push({ ...e.sheets["2 Attributes"][3], "Attribute ID": "country", Type: "string" }),
    at: { sheet: "2 Attributes", row: 7, column: "Attribute ID" },
    says: /No profile uses country/,
  },
  {
    code: "SCHEMA",
    why: "a frequency cap in words",
    breakIt: (e) => set(e, "4 Activation", 0, "Frequency cap", "twice a week"),
    at: { sheet: "4 Activation", row: 2, column: "Frequency cap" },
    says: /^Frequency cap must be N\/day, N\/week or N\/month .* \(got "twice a week"\)\.$/,
  },
  {
    code: "TEST_FAILED",
    why: "a test expecting a pro team of 3 seats to be a member",
    breakIt: (e) => set(e, "Profile tests", 1, "Expected", "member"),
    at: { sheet: "Profile tests", row: 3, column: "Expected" },
    says: /^Expected member, got not eligible\. Eligibility was not true: seats_used >= 5 was false: seats_used is 2\.$/,
  },
  {
    code: "TEST_FAILED",
    why: "a channel test expecting the wrong profile",
    breakIt: (e) => set(e, "Profile tests", 3, "Expected", "new-free-users"),
    at: { sheet: "Profile tests", row: 5, column: "Expected" },
    says: /^Expected new-free-users, got none\./,
  },
  {
    code: "LOGIC_SYNTAX",
    why: "a Person cell missing a value",
    breakIt: (e) => set(e, "Profile tests", 0, "Person", 'plan = "pro"; seats_used = '),
    at: { sheet: "Profile tests", row: 2, column: "Person" },
    says: /^Expected a value at position 27.*\nplan = "pro"; seats_used =\n {26}\^$/,
  },
  {
    code: "UNKNOWN_ATTRIBUTE",
    why: "a Person naming a misspelled attribute",
    breakIt: (e) => set(e, "Profile tests", 0, "Person", 'plan = "pro"; seats_usd = 8'),
    at: { sheet: "Profile tests", row: 2, column: "Person" },
    says: /seats_usd.*Did you mean "seats_used"/,
  },
  {
    code: "DEAD_LOGIC",
    why: "contradictory seat ranges",
    breakIt: (e) => set(e, "3 Profiles", 1, "Eligibility", "seats_used > 10 and seats_used < 5"),
    at: { sheet: "3 Profiles", row: 3, column: "Eligibility" },
    says: /Nobody can ever qualify: seats_used > 10 and seats_used < 5 can never both be true/,
  },
  {
    code: "DEAD_LOGIC",
    why: "a suppression implied by the eligibility",
    breakIt: (e) => set(e, "3 Profiles", 1, "Suppression", "seats_used > 3"),
    at: { sheet: "3 Profiles", row: 3, column: "Suppression" },
    says: /The Suppression is true for everyone the Eligibility selects/,
  },
  {
    code: "SHADOWED_PROFILE",
    why: "a broader profile first on the same channel",
    breakIt: (e) => {
      e.sheets["3 Profiles"].push({
        ...e.sheets["3 Profiles"][1],
        "Profile ID": "big-teams",
        Eligibility: 'plan = "pro" and seats_used >= 20',
        Score: "",
        "Score threshold": "",
        Priority: 3,
      });
      e.sheets["4 Activation"].push({ ...e.sheets["4 Activation"][2], "Profile ID": "big-teams" });
      set(e, "3 Profiles", 1, "Score", "");
      set(e, "3 Profiles", 1, "Score threshold", "");
    },
    at: { sheet: "4 Activation", row: 5, column: "Profile ID" },
    says: /On web, growing-teams \(higher priority\) already takes everyone big-teams would get/,
  },
  {
    code: "USAGE_POLICY",
    why: "a contract label forbidding onsite personalization",
    breakIt: (e) => set(e, "2 Attributes", 3, "Usage labels", "C7"),
    at: { sheet: "4 Activation", row: 4, column: "Channel" },
    says: /Attribute seats_used carries usage label C7 .* flows through profile growing-teams into this web activation \(onsite personalization\)/,
  },
  {
    code: "NO_HOLDOUT",
    why: "an activation-rate objective without a control group",
    breakIt: (e) => set(e, "4 Activation", 0, "Holdout %", ""),
    at: { sheet: "1 Objectives", row: 2, column: "KPI" },
    says: /OBJ-1 measures activation rate, but none of its profiles \(new-free-users\) keeps a holdout/,
  },
  {
    code: "CONSENT_OVERRIDE",
    why: "an email activation relying on essential consent",
    breakIt: (e) => set(e, "4 Activation", 1, "Consent purpose", "essential"),
    at: { sheet: "4 Activation", row: 3, column: "Consent purpose" },
    says: /^This email activation relies on consent for essential instead of email_marketing/,
  },
  {
    code: "PRIORITY_TIE",
    why: "two profiles on email sharing Priority 1",
    breakIt: (e) => {
      set(e, "4 Activation", 2, "Channel", "email");
      set(e, "3 Profiles", 1, "Priority", 1);
    },
    at: { sheet: "3 Profiles", row: 3, column: "Priority" },
    says: /^Profiles new-free-users and growing-teams share Priority 1 on email: the decision tree breaks the tie by sheet row, silently/,
  },
  {
    code: "PRIORITY_TIE",
    why: "two profiles on email without a Priority",
    breakIt: (e) => {
      set(e, "4 Activation", 2, "Channel", "email");
      set(e, "3 Profiles", 0, "Priority", "");
      set(e, "3 Profiles", 1, "Priority", "");
    },
    at: { sheet: "3 Profiles", row: 2, column: "Priority" },
    says: /^Profile new-free-users has no Priority, and neither does growing-teams, which competes with it on email/,
  },
  {
    code: "NO_ENDPOINT",
    why: "an api activation with no endpoint",
    breakIt: (e) => set(e, "4 Activation", 1, "Endpoint / reference", ""),
    at: { sheet: "4 Activation", row: 3, column: "Endpoint / reference" },
    says: /^new-free-users on email is activated by api, but Endpoint \/ reference is empty/,
  },
  {
    code: "INSECURE_ENDPOINT",
    why: "a webhook to a plain http:// address",
    breakIt: (e) => {
      set(e, "4 Activation", 1, "Method", "webhook");
      set(e, "4 Activation", 1, "Endpoint / reference", "http://hooks.example/braze");
    },
    at: { sheet: "4 Activation", row: 3, column: "Endpoint / reference" },
    says: /^The webhook of new-free-users on email is "http:\/\/hooks.example\/braze", not an https:\/\/ URL/,
  },
  {
    code: "NO_DESTINATION",
    why: "an activation that names no destination",
    breakIt: (e) => set(e, "4 Activation", 0, "Destination", ""),
    at: { sheet: "4 Activation", row: 2, column: "Destination" },
    says: /^Destination is empty for new-free-users on in-app/,
  },
  {
    code: "FRESHNESS_SLA",
    why: "a daily attribute promised fresh within 12 hours",
    breakIt: (e) => set(e, "2 Attributes", 1, "Freshness SLA (hours)", 12),
    at: { sheet: "2 Attributes", row: 3, column: "Freshness SLA (hours)" },
    says: /^signup_date refreshes daily \(every 24 hours\), so its data is up to 24 hours old, beyond its Freshness SLA of 12 hours/,
  },
  {
    code: "REVIEW_OVERDUE",
    why: "a governance review whose Next review has passed",
    breakIt: (e) => set(e, "5 Governance", 0, "Next review", "2020-01-15"),
    at: { sheet: "5 Governance", row: 2, column: "Next review" },
    says: /^The review of plan \* was due on 2020-01-15 \(owner .*\)\. Hold the review, then set Next review/,
  },
  {
    code: "REVIEW_OVERDUE",
    why: "an objective past its Due date with nothing live",
    breakIt: (e) => set(e, "1 Objectives", 0, "Due date", "2020-09-30"),
    at: { sheet: "1 Objectives", row: 2, column: "Due date" },
    says: /^OBJ-1 was due on 2020-09-30, but none of its profiles \(new-free-users\) has a live activation/,
  },
];

describe("each check fires on a realistic mistake, at the cell to fix", () => {
  it.each(cases)("$code: $why", ({ code, breakIt, at, says }) => {
    const example = exampleWorkbook();
    breakIt(example);
    const findings = validateWorkbook(toRaw(example)).findings.filter((f) => f.code === code);
    expect(findings).toContainEqual(expect.objectContaining({ ...at, message: expect.stringMatching(says) }));
    const clean = validateWorkbook(toRaw(exampleWorkbook())).findings.filter((f) => f.code === code);
    expect(clean).toEqual([]);
  });

  it("cover every code of DESIGN section 3", () => {
    // SETUP is the workbook's shape, ESCALATION_BUDGET the escalation store's (test/server/escalations.test.ts),
    // ESCALATION_MAIL the mail's (test/server/escalation-mail.test.ts), TEST_CALENDAR the profile tests' clock (test/domain/analysis),
    // the approvals' and the Change log chain's in test/server/approvals.test.ts and change-log-chain.test.ts.
    const elsewhere = new Set([
      "SETUP",
      "ESCALATION_BUDGET",
      "ESCALATION_MAIL",
      "TEST_CALENDAR",
      "APPROVAL_UNVERIFIED",
      "APPROVAL_STALE",
      "LOG_TAMPERED",
    ]);
    expect(FINDING_CODES.filter((code) => !elsewhere.has(code) && !cases.some((c) => c.code === code))).toEqual([]);
  });

  it("an owner in Governance covers an item without its own owner", () => {
    const example = exampleWorkbook();
    example.sheets["3 Profiles"][1].Owner = "";
    example.sheets["5 Governance"].push({ Scope: "profile", Item: "growing-teams", "Fallback owner": "dev@example.com" });
    expect(validateWorkbook(toRaw(example)).findings.filter((f) => f.code === "NO_OWNER")).toEqual([]);
  });
});

describe("workbooks that are not set up", () => {
  it("an empty spreadsheet gives one finding telling the user to run Set up sheets", () => {
    const { findings } = validateWorkbook({});
    expect(findings).toEqual([expect.objectContaining({ code: "SETUP", message: expect.stringContaining("Run Set up sheets") })]);
  });

  it("a missing sheet and a missing column are each named", () => {
    const raw = { ...toRaw(exampleWorkbook()) } as Record<string, unknown[][]>;
    delete raw["5 Governance"];
    raw["2 Attributes"] = raw["2 Attributes"].map((row) => row.slice(0, 14));
    const messages = validateWorkbook(raw)
      .findings.filter((f) => f.code === "SETUP")
      .map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining("Columns missing: Usage labels"),
      expect.stringContaining('Missing sheet "5 Governance"'),
    ]);
  });

  it("reads reordered columns by their labels", () => {
    const raw = toRaw(exampleWorkbook()) as Record<string, unknown[][]>;
    raw["2 Attributes"] = raw["2 Attributes"].map((row) => [...row].reverse());
    expect(validateWorkbook(raw).findings).toEqual([]);
  });
});

describe("metrics", () => {
  it("measure coverage, consent integrity, readiness and lift", () => {
    const example = exampleWorkbook();
    example.sheets["2 Attributes"][2]["Coverage %"] = 50;
    example.sheets["2 Attributes"][1]["Consent purposes"] = "personalization";
    example.sheets["4 Activation"][2].Status = "draft";
    const { metrics } = validateWorkbook(toRaw(example));
    expect(metrics.attributeCoveragePct).toBe(80);
    // 3 activations: in-app uses 4 attributes, email 4 (signup_date lacks email consent), web 3.
    expect(metrics.consentIntegrityPct).toBe(Math.round((10 / 11) * 1000) / 10);
    expect(metrics.activationReadinessPct).toBe(33.3);
    expect(metrics.liftTargets).toEqual([
      { objectiveId: "OBJ-1", kpi: "activation rate", baseline: 22, target: 30, liftPct: 36.4, percent: false },
    ]);
  });
});
