// What changed between two plan files, field by field, and which changes
// break what depends on them (DESIGN section 8): an attribute removed or
// retyped while a profile of the old plan uses it, a profile removed, a
// profile's suppression or score removed, an activation (a channel) removed.
// Logic is compared in canonical form, so spacing or keyword case alone is
// no change.

import { parseExpression, print, referencedAttributes } from "../domain/logic";
import type { PlanFile } from "./plan-file";

export interface PlanChange {
  kind: "added" | "removed" | "changed";
  item: "attribute" | "profile" | "activation";
  id: string;
  field?: string;
  before?: unknown;
  after?: unknown;
  /** Why the change breaks something; absent for additive or harmless changes. */
  breaking?: string;
}

const ATTRIBUTE_FIELDS = ["type", "allowedValues", "sourceField"] as const;
const PROFILE_FIELDS = ["eligibility", "suppression", "score", "scoreThreshold", "priority"] as const;
const LOGIC_FIELDS: readonly string[] = ["eligibility", "suppression", "score"];

export function diffPlans(before: PlanFile, after: PlanFile): PlanChange[] {
  const changes: PlanChange[] = [];
  const usedBy = attributeUsers(before);
  const uses = (id: string): string | undefined => {
    const profiles = usedBy.get(id);
    return profiles ? `used by profile${profiles.length === 1 ? "" : "s"} ${profiles.join(", ")}` : undefined;
  };
  diffById(before.attributes, after.attributes, ATTRIBUTE_FIELDS, (kind, id, field) => {
    if (kind === "removed" || (kind === "changed" && field === "type")) return uses(id);
    return undefined;
  }, "attribute", changes);
  diffById(before.profiles, after.profiles, PROFILE_FIELDS, (kind, id, field, old, next) => {
    if (kind === "removed") return "its activations lose their audience";
    if (kind === "changed" && field !== "eligibility" && LOGIC_FIELDS.includes(field ?? "") && old !== null && next === null) return `its ${field} is removed`;
    return undefined;
  }, "profile", changes);
  const key = (a: { profileId: string; channel: string }) => `${a.profileId} on ${a.channel}`;
  const oldActivations = new Set(before.activations.map(key));
  const newActivations = new Set(after.activations.map(key));
  for (const id of oldActivations) if (!newActivations.has(id)) changes.push({ kind: "removed", item: "activation", id, breaking: "the channel stops receiving this profile" });
  for (const id of newActivations) if (!oldActivations.has(id)) changes.push({ kind: "added", item: "activation", id });
  return changes;
}

type Breaks = (kind: PlanChange["kind"], id: string, field?: string, before?: unknown, after?: unknown) => string | undefined;

function diffById<T extends { id: string }>(
  before: readonly T[], after: readonly T[], fields: readonly (keyof T & string)[], breaks: Breaks,
  item: PlanChange["item"], changes: PlanChange[],
): void {
  const old = new Map(before.map((x) => [x.id, x]));
  const next = new Map(after.map((x) => [x.id, x]));
  for (const [id, was] of old) {
    const now = next.get(id);
    if (!now) {
      changes.push(withBreaking({ kind: "removed", item, id }, breaks("removed", id)));
      continue;
    }
    for (const field of fields) {
      if (same(field, was[field], now[field])) continue;
      const change: PlanChange = { kind: "changed", item, id, field, before: was[field], after: now[field] };
      changes.push(withBreaking(change, breaks("changed", id, field, was[field], now[field])));
    }
  }
  for (const id of next.keys()) if (!old.has(id)) changes.push({ kind: "added", item, id });
}

const withBreaking = (change: PlanChange, reason: string | undefined): PlanChange => (reason ? { ...change, breaking: reason } : change);

function same(field: string, a: unknown, b: unknown): boolean {
  if (LOGIC_FIELDS.includes(field) && typeof a === "string" && typeof b === "string") return canonical(a) === canonical(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

function canonical(text: string): string {
  const parsed = parseExpression(text);
  return parsed.ok ? print(parsed.ast) : text;
}

/** Attribute ID → the old plan's profiles whose logic names it. */
function attributeUsers(plan: PlanFile): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const profile of plan.profiles) {
    const names = new Set<string>();
    for (const text of [profile.eligibility, profile.suppression, profile.score]) {
      const parsed = text === null ? undefined : parseExpression(text);
      if (parsed?.ok) for (const name of referencedAttributes(parsed.ast)) names.add(name);
    }
    for (const name of names) users.set(name, [...(users.get(name) ?? []), profile.id]);
  }
  return users;
}
