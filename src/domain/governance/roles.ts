import type { PlanInputs } from "../schema/plan-inputs";
import { ROLE_NAMES, type RoleKey } from "../schema/roles";

/**
 * Fallback agents (the brief's "Customer Data Engineer covering Architect"):
 * who stands in when a role's cell is empty. The architect and the data
 * engineer cover each other (both know the profiles' data); the sponsor
 * covers the privacy lead, since a compliance call needs someone who can
 * decide, and the privacy lead covers the sponsor.
 */
export const FALLBACK_AGENTS: Record<RoleKey, readonly RoleKey[]> = {
  architect: ["customerDataEngineer"],
  customerDataEngineer: ["architect"],
  privacyLead: ["execSponsor"],
  execSponsor: ["privacyLead"],
};

/** Who holds a role: its own cell, else the first of its fallback agents named. */
export function roleHolder(plan: Partial<PlanInputs>, key: RoleKey): { email: string; coveredBy: RoleKey | null } | null {
  const own = plan[key];
  if (own) return { email: own, coveredBy: null };
  for (const agent of FALLBACK_AGENTS[key]) {
    const email = plan[agent];
    if (email) return { email, coveredBy: agent };
  }
  return null;
}

/** The table the README and the plan JSON carry: who covers whom. */
export function fallbackAgents(plan: Partial<PlanInputs>) {
  return (Object.keys(FALLBACK_AGENTS) as RoleKey[]).map((key) => ({
    role: ROLE_NAMES[key],
    email: plan[key] ?? null,
    coveredBy: FALLBACK_AGENTS[key].map((agent) => ROLE_NAMES[agent]),
  }));
}
