import type { ExportResult } from "../../src/domain/api/contract";
import { describeColumns } from "../../src/domain/schema/columns";
import { EDITED_TABLE_KEYS, PLAN_SHEET, type SheetSpec, TABLE_SHEETS } from "../../src/domain/schema/workbook";

export type Change = ExportResult["changes"][number];

/** Breaking changes first (they can break a live activation), then in the plan's section order. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => Number(b.change.breaking) - Number(a.change.breaking) || a.index - b.index)
    .map(({ change }) => change);
}

/** Each section of the change list by its sheet: "inputs" is the Plan sheet's, the others are tables by key. */
const SECTION_SHEETS: readonly [Change["section"], SheetSpec][] = [
  ["inputs", PLAN_SHEET],
  ...EDITED_TABLE_KEYS.map((key): [Change["section"], SheetSpec] => [key, TABLE_SHEETS[key]]),
];

const SECTION_LABEL = new Map(SECTION_SHEETS.map(([section, spec]) => [section, spec.item]));

/** Each section's fields by their column label on its sheet, as people know them ("Coverage SLA %"). */
const COLUMN_LABELS = new Map(
  SECTION_SHEETS.map(([section, spec]) => [section, new Map(describeColumns(spec.row).map((column) => [column.key, column.label]))]),
);

/** A cell value as a person would type it: lists as "a, b", ticks as TRUE/FALSE, never JSON. */
function plainValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  if (Array.isArray(value)) return value.map(plainValue).filter(Boolean).join(", ");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object")
    return Object.entries(value)
      .map(([key, item]) => `${fieldLabel(key)} ${plainValue(item)}`.trim())
      .join("; ");
  return String(value);
}

/** A before/after value as short text: values come from cells, so they may be anything JSON holds. */
export function valueText(value: unknown): string {
  const text = plainValue(value);
  if (text === "") return "(blank)";
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A plan JSON key as words, when no column has it: "consentPurposes" → "consent purposes". */
export function fieldLabel(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

const columnLabel = (section: Change["section"], field: string) => COLUMN_LABELS.get(section)?.get(field) ?? fieldLabel(field);

/** "Attribute signup_date, Coverage SLA %: 95 → 90"; a Plan input is named by its field alone. */
export function describeChange(change: Change): string {
  const subject = `${SECTION_LABEL.get(change.section)} ${change.id}`;
  if (change.change === "added") return `${subject} added`;
  if (change.change === "removed") return `${subject} removed`;
  if (!change.field) return `${subject} changed`;
  const label = columnLabel(change.section, change.field);
  const where = change.section === "inputs" ? `Plan, ${label}` : `${subject}, ${label}`;
  const hasValues = change.before !== undefined || change.after !== undefined;
  return hasValues ? `${where}: ${valueText(change.before)} → ${valueText(change.after)}` : `${where} changed`;
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
