import { parseExpression, print, stripSpans } from "../logic";
import { EDITED_TABLE_KEYS, type EditedKey, rowKeyOf, TABLE_SHEETS } from "../schema/workbook";
import { LADDER_ROLES } from "./error-handling";
import type { Change, RecordedRow } from "./plan-document";

/**
 * What changed between two plan versions, field by field, per section, each
 * change classified per DESIGN section 8. Breaking: an attribute removed,
 * retyped or losing a consent purpose while a profile uses it; a profile
 * removed or one of its expressions cleared; an activation (a profile's
 * channel) removed. Everything else is additive. Breaking changes come first.
 */
export type ComparablePlan = {
  inputs: Record<string, unknown>;
  /** The Plan sheet's people (the ladder and the Customer Data Engineer) are compared as inputs. */
  errorHandling?: {
    escalationLadder: readonly { role: string; email: string | null }[];
    customerDataEngineer?: string | null;
  };
} & { [K in EditedKey]: readonly RecordedRow[] } & {
  profiles: readonly (RecordedRow & { references?: readonly string[] })[];
};

/** The ladder's emails by their Plan field (architect, privacyLead, execSponsor), and the Customer Data Engineer's. */
function people(plan: ComparablePlan): Record<string, unknown> {
  if (!plan.errorHandling) return {};
  const ladder = plan.errorHandling.escalationLadder;
  return {
    ...Object.fromEntries(LADDER_ROLES.map(({ key, role }) => [key, ladder.find((rung) => rung.role === role)?.email ?? null])),
    customerDataEngineer: plan.errorHandling.customerDataEngineer ?? null,
  };
}

/** A row's ID in the change list: its key column, or an activation as "profile → channel", a governance row as "scope: item". */
function keyOf(section: EditedKey): (row: RecordedRow) => string {
  const { columns, joiner } = rowKeyOf(TABLE_SHEETS[section]);
  return (row) => columns.map((column) => String(row[column])).join(joiner);
}

/** Derived fields change with what they derive from; listing them would double every change. */
/** `invalid` repeats, as typed text, cells the validation findings already report. */
const DERIVED = new Set(["references", "document", "result", "sql", "invalid"]);
const EXPRESSIONS = new Set(["eligibility", "suppression", "score"]);

export function diffPlans(before: ComparablePlan, after: ComparablePlan): Change[] {
  const changes: Change[] = [];
  const [inputsBefore, inputsAfter] = [before, after].map((plan) => ({ ...plan.inputs, ...people(plan) }));
  for (const field of Object.keys({ ...inputsBefore, ...inputsAfter })) {
    if (!same(inputsBefore[field], inputsAfter[field])) {
      changes.push({
        section: "inputs",
        id: field,
        change: "changed",
        field,
        before: inputsBefore[field] ?? null,
        after: inputsAfter[field] ?? null,
        breaking: false,
      });
    }
  }
  const users = usersOfAttributes(before, after);
  for (const section of EDITED_TABLE_KEYS) {
    const idOf = keyOf(section);
    const old = new Map(before[section].map((row) => [idOf(row), row]));
    const now = new Map(after[section].map((row) => [idOf(row), row]));
    for (const [id, row] of now) {
      const previous = old.get(id);
      if (!previous) {
        changes.push({ section, id, change: "added", breaking: false });
        continue;
      }
      for (const field of Object.keys({ ...previous, ...row })) {
        if (DERIVED.has(field) || unchanged(field, previous[field], row[field])) continue;
        const change: Change = {
          section,
          id,
          change: "changed",
          field,
          before: previous[field] ?? null,
          after: row[field] ?? null,
          breaking: false,
        };
        changes.push(classifyField(change, users.get(id) ?? []));
      }
    }
    for (const id of old.keys())
      if (!now.has(id)) changes.push(classifyRemoval({ section, id, change: "removed", breaking: false }, users.get(id) ?? []));
  }
  return [...changes.filter((c) => c.breaking), ...changes.filter((c) => !c.breaking)];
}

function classifyRemoval(change: Change, users: readonly string[]): Change {
  if (change.section === "attributes" && users.length > 0)
    return { ...change, breaking: true, reason: `Attribute removed while ${usedBy(users)} ${uses(users)} it` };
  if (change.section === "profiles")
    return { ...change, breaking: true, reason: "Profile removed: its audience and activations disappear" };
  if (change.section === "activations") return { ...change, breaking: true, reason: "Channel removed from the profile's activations" };
  return change;
}

function classifyField(change: Change, users: readonly string[]): Change {
  if (change.section === "attributes" && users.length > 0) {
    if (change.field === "type") return { ...change, breaking: true, reason: `Type changed while ${usedBy(users)} ${uses(users)} it` };
    if (change.field === "consentPurposes") {
      const lost = asList(change.before).filter((purpose) => !asList(change.after).includes(purpose));
      if (lost.length > 0)
        return { ...change, breaking: true, reason: `Consent purpose ${lost.join(", ")} lost while ${usedBy(users)} ${uses(users)} it` };
    }
  }
  if (change.section === "profiles" && EXPRESSIONS.has(change.field ?? "") && canonical(change.after) === "") {
    return { ...change, breaking: true, reason: `${change.field} removed` };
  }
  return change;
}

/** Profiles, in either version, whose logic names each attribute. */
function usersOfAttributes(before: ComparablePlan, after: ComparablePlan): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const profile of [...before.profiles, ...after.profiles]) {
    for (const id of profile.references ?? []) {
      const list = users.get(id) ?? [];
      if (!list.includes(String(profile.profileId))) list.push(String(profile.profileId));
      users.set(id, list);
    }
  }
  return users;
}

const usedBy = (users: readonly string[]) => (users.length === 1 ? `profile ${users[0]}` : `profiles ${users.join(", ")}`);
const uses = (users: readonly string[]) => (users.length === 1 ? "uses" : "use");
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
// Most fields of most rows are equal primitives: compared directly, without text.
const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) ||
  (typeof a === "object" && typeof b === "object" && JSON.stringify(a ?? null) === JSON.stringify(b ?? null));

/** Logic compares in printed form, so spacing or keyword case alone is not a change. */
function unchanged(field: string, before: unknown, after: unknown): boolean {
  if (before === after) return true;
  return EXPRESSIONS.has(field) ? canonical(before) === canonical(after) : same(before, after);
}

function canonical(text: unknown): string {
  const trimmed = typeof text === "string" ? text.trim() : "";
  if (trimmed === "") return "";
  const parsed = parseExpression(trimmed);
  return parsed.ok ? print(stripSpans(parsed.ast)) : trimmed.replace(/\s+/g, " ");
}
