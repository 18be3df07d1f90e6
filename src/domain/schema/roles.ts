/**
 * The brief's roles named on the Plan sheet, by their Plan field: the
 * field's label, the escalation ladder's rungs, the fallback agents and the
 * sidebar's New plan form all read their names here.
 */
export const ROLE_NAMES = {
  architect: "Personalization Architect",
  privacyLead: "Data Privacy Lead",
  execSponsor: "Exec sponsor",
  customerDataEngineer: "Customer Data Engineer",
} as const;

export type RoleKey = keyof typeof ROLE_NAMES;

/** The escalation ladder's rungs, first to last. */
export const LADDER_KEYS = ["architect", "privacyLead", "execSponsor"] as const satisfies readonly RoleKey[];
export type LadderKey = (typeof LADDER_KEYS)[number];
