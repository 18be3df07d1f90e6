import type { Cause } from "../../../src/domain/escalation";
import { advanceEscalations, dueNotices, EMPTY_ESCALATIONS, type EscalationState, markSent } from "../../../src/domain/escalation";
import type { GovernanceItem } from "../../../src/domain/schema/governance";
import type { PlanInputs } from "../../../src/domain/schema/plan-inputs";

export const LADDER: Partial<PlanInputs> = {
  planId: "plg-onboarding-7f3a",
  architect: "ana@example.com",
  privacyLead: "priya@example.com",
  execSponsor: "sam@example.com",
};

const MAIL_CONTEXT = { initiative: "PLG Onboarding", intervalHours: 24, link: () => "https://sheet#gid=7&range=I5" };

/** A cause as escalationCauses makes it, with defaults (a consent blocker on new-free-users → email). */
export function cause(overrides: Partial<Cause> = {}): Cause {
  return {
    id: "CONSENT_MISSING:new-free-users → email:signup_date",
    code: "CONSENT_MISSING",
    item: "new-free-users → email (signup_date)",
    sheet: "4 Activation",
    row: 3,
    column: "Consent purpose",
    reason: "Attribute signup_date (used by profile new-free-users) lacks consent for email_marketing.",
    opensAtOnce: false,
    governance: [
      { scope: "activation", ids: ["new-free-users/email", "new-free-users"] },
      { scope: "profile", ids: ["new-free-users"] },
      { scope: "attribute", ids: ["signup_date"] },
      { scope: "source", ids: ["Product DB"] },
    ],
    ...overrides,
  };
}

export const coverage = (attributeId = "signup_date") =>
  cause({
    id: `COVERAGE_SLA:${attributeId}`,
    code: "COVERAGE_SLA",
    item: attributeId,
    sheet: "2 Attributes",
    column: "Coverage %",
    opensAtOnce: true,
    governance: [
      { scope: "attribute", ids: [attributeId] },
      { scope: "source", ids: ["Product DB"] },
    ],
  });

/**
 * Runs validation `runs` times in a row, each seeing `causes(run)`; returns
 * every outcome. With `mailSent`, every email owed after a run goes out
 * before the next (by default none does).
 */
export function runs(
  count: number,
  causes: (run: number) => Cause[],
  options: { plan?: Partial<PlanInputs>; governance?: Partial<GovernanceItem>[]; mailSent?: boolean } = {},
) {
  let state: EscalationState = EMPTY_ESCALATIONS;
  return Array.from({ length: count }, (_, run) => {
    const outcome = advanceEscalations({
      previous: state,
      causes: causes(run + 1),
      plan: options.plan ?? LADDER,
      governance: options.governance ?? [],
      now: `2026-11-${String(run + 10).padStart(2, "0")}T09:00:00.000Z`,
      user: "ana@example.com",
    });
    state = options.mailSent ? markSent(outcome.state, dueNotices(outcome.state, MAIL_CONTEXT)) : outcome.state;
    return outcome;
  });
}
