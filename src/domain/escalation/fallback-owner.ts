import type { GovernanceItem } from "../schema/governance";
import type { Cause } from "./causes";

/**
 * The item's Fallback owner from 5 Governance: the most specific scope
 * first, within a scope a row naming the item before a `*` row, and the
 * plan-wide row last. Null when Governance names nobody.
 */
export function fallbackOwner(
  governance: readonly Partial<GovernanceItem>[],
  cause: Pick<Cause, "governance">,
  planId: string | null,
): string | null {
  const candidates = [...cause.governance, { scope: "plan" as const, ids: planId ? [planId] : [] }];
  for (const { scope, ids } of candidates) {
    const rows = governance.filter((row) => row.scope === scope && row.fallbackOwner);
    const named = rows.find((row) => row.item && ids.includes(row.item)) ?? rows.find((row) => row.item === "*");
    if (named) return named.fallbackOwner!;
  }
  return null;
}
