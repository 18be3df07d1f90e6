import type { Status } from "../../src/domain/api/contract";

export type Escalation = Status["escalations"][number];

/** Open escalations, highest rung first: the exec sponsor's items are the most overdue. */
export function openEscalations(escalations: readonly Escalation[]): Escalation[] {
  return escalations.filter((item) => item.status === "open").sort((a, b) => b.rung - a.rung || a.item.localeCompare(b.item));
}

/** "Rung 2 of 3 · Data Privacy Lead" */
export function rungLabel(escalation: Pick<Escalation, "rung" | "role">): string {
  return `Rung ${escalation.rung} of 3 · ${escalation.role}`;
}

/** Who must act; an empty rung with no fallback owner is itself something to fix on the Plan sheet. */
export function ownerLabel(escalation: Pick<Escalation, "owner" | "ownerIsFallback" | "role">): string {
  if (!escalation.owner) return `No one: fill in ${escalation.role} on the Plan sheet`;
  return escalation.ownerIsFallback ? `${escalation.owner} (fallback owner)` : escalation.owner;
}
