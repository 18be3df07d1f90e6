import type { ExportResult } from "../../src/domain/api/contract";

export type Change = ExportResult["changes"][number];

/** Breaking changes first (they can break a live activation), then in the plan's section order. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => Number(b.change.breaking) - Number(a.change.breaking) || a.index - b.index)
    .map(({ change }) => change);
}

const SECTION_LABEL: Record<Change["section"], string> = {
  inputs: "Plan input",
  objectives: "Objective",
  attributes: "Attribute",
  profiles: "Profile",
  activations: "Activation",
  governance: "Governance",
  tests: "Profile test",
};

/** A before/after value as short text: values come from cells, so they may be anything JSON holds. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(blank)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A plan JSON key as words: "consentPurposes" → "consent purposes". */
export function fieldLabel(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/** "Attribute signup_date: type changed from date to string" */
export function describeChange(change: Change): string {
  const subject = `${SECTION_LABEL[change.section]} ${change.id}`;
  if (change.change === "added") return `${subject} added`;
  if (change.change === "removed") return `${subject} removed`;
  if (!change.field) return `${subject} changed`;
  const field = fieldLabel(change.field);
  const hasValues = change.before !== undefined || change.after !== undefined;
  return hasValues
    ? `${subject}: ${field} changed from ${valueText(change.before)} to ${valueText(change.after)}`
    : `${subject}: ${field} changed`;
}

/**
 * The server lists what blocks an action as "• " lines under a first
 * sentence (Finalize, Import). The sidebar shows them as a list; a message
 * without bullets is just its text.
 */
export function parseBulletMessage(message: string): { intro: string; items: string[] } {
  const lines = message.split("\n");
  const items = lines.filter((line) => line.startsWith("• ")).map((line) => line.slice(2).trim());
  const intro = lines
    .filter((line) => !line.startsWith("• "))
    .join(" ")
    .trim()
    .replace(/:$/, ".");
  return { intro, items };
}
