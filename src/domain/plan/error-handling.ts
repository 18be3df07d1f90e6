import type { PlanInputs } from "../schema/plan-inputs";
import { fallbackAgents } from "../governance/roles";
import { LADDER_KEYS, ROLE_NAMES } from "../schema/roles";
import { COMPLIANCE_CODES } from "../validation/finding";
import { DEFAULT_ESCALATION_INTERVAL_HOURS, DEFAULT_RETRY_LIMIT } from "../schema/plan-inputs";

/** Drive and other transient failures: 1 + retry limit tries, waiting 1 s, 2 s, 4 s … between them. */
export const BACKOFF = { strategy: "exponential", initialDelayMs: 1000, factor: 2 } as const;

export function backoffDelayMs(attempt: number): number {
  return BACKOFF.initialDelayMs * BACKOFF.factor ** (attempt - 1);
}

export const LADDER_ROLES = LADDER_KEYS.map((key) => ({ key, role: ROLE_NAMES[key] }));

export function errorHandling(plan: Partial<PlanInputs>) {
  const retryLimit = plan.retryLimit ?? DEFAULT_RETRY_LIMIT;
  const hours = escalationIntervalHours(plan);
  return {
    retryLimit,
    backoff: { ...BACKOFF },
    escalationLadder: LADDER_ROLES.map(({ key, role }, index) => ({ rung: index + 1, role, email: plan[key] ?? null })),
    escalationIntervalHours: hours,
    customerDataEngineer: plan.customerDataEngineer ?? null,
    fallbackAgents: fallbackAgents(plan),
    triggers: [
      `A consent or compliance blocker (${[...COMPLIANCE_CODES].join(", ")}) seen again ${hours} hours or more after it was first seen, or fixed and back; it climbs one rung per ${hours} hours it persists`,
      "An attribute missing its coverage SLA (COVERAGE_SLA)",
      `A Drive export still failing after ${1 + retryLimit} tries`,
    ],
  };
}

export const escalationIntervalHours = (plan: Partial<PlanInputs>): number => plan.escalationInterval ?? DEFAULT_ESCALATION_INTERVAL_HOURS;
