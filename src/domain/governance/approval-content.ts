import type { GovernanceItem } from "../schema/governance";
import { canonicalJson } from "../plan/canonical-json";
import { describeColumns } from "../schema/columns";
import { PLAN_SHEET, TABLE_SHEETS } from "../schema/workbook";
import { sha256Hex } from "../storage/sha256";
import type { ValidationContext } from "../validation/context";
import type { Table, TableRow } from "../validation/tables";

/**
 * What one Governance row's approval covers, and its hash. Only the fields
 * whose change is breaking (DESIGN section 8: types, logic, channels) or
 * governance-relevant (consent purposes, sensitivity, usage labels, SLAs,
 * owners, the approver) are hashed, so an approval goes stale exactly when
 * one of those changes, and a typo fixed in a display name leaves it valid.
 * The content is the rows' watched fields as the plan file records them
 * (null when empty or invalid), so the CLI recomputes the same hash from a
 * plan file.
 */
export const WATCHED_FIELDS = {
  plan: ["channels", "constraints", "architect", "privacyLead", "execSponsor", "customerDataEngineer"],
  attributes: [
    "type",
    "allowedValues",
    "sourceSystem",
    "refreshCadence",
    "freshnessSlaHours",
    "coverageSlaPct",
    "consentPurposes",
    "sensitivity",
    "usageLabels",
    "owner",
  ],
  profiles: ["eligibility", "suppression", "score", "scoreThreshold", "decayWindow", "priority", "owner"],
  activations: ["destination", "method", "endpoint", "consentPurpose", "holdoutPct", "frequencyCap", "owner"],
  governance: ["owner", "fallbackOwner", "approver", "changeCheckpoint"],
} as const;

export type ContentSection = keyof typeof WATCHED_FIELDS;

export interface ContentItem {
  section: ContentSection;
  id: string;
  /** The sheet and row it was read from (not hashed: rows move). */
  sheet: string;
  row: number;
  values: Record<string, unknown>;
}

export interface ApprovalContent {
  items: ContentItem[];
  hash: string;
}

type Recorded = Record<string, unknown>;

/**
 * Fields watched since a later version are hashed only once filled in, so
 * an approval recorded before stays valid while the field is empty, and
 * goes stale when someone fills it.
 */
const WATCHED_WHEN_FILLED: ReadonlySet<string> = new Set(["plan.customerDataEngineer"]);

/** The watched fields of one row, in column order (what changed is told in that order); a loop, as a plan-scope approval picks from every row. */
function pick(section: ContentSection, values: Recorded): Recorded {
  const picked: Recorded = {};
  for (const key of WATCHED_FIELDS[section]) {
    const value = values[key] ?? null;
    if ((value === null || value === "") && WATCHED_WHEN_FILLED.has(`${section}.${key}`)) continue;
    picked[key] = value;
  }
  return picked;
}

export function approvalContent(context: ValidationContext, row: TableRow<GovernanceItem>): ApprovalContent {
  const { workbook } = context;
  const { scope, item } = row.values;
  const wanted = (id: string | null | undefined) => Boolean(id) && (item === "*" || id === item);
  const items: ContentItem[] = [
    {
      section: "governance",
      id: `${scope}: ${item}`,
      sheet: workbook.governance.sheet,
      row: row.row,
      values: pick("governance", row.values),
    },
  ];
  const table = <K extends "attributes" | "profiles" | "activations">(
    key: K,
    idOf: (values: Recorded) => string,
    keep: (values: Recorded) => boolean,
  ) => {
    // The parsed values, not the recorded rows: pick and the ID read the same fields (null when absent),
    // and an approval of one item should not copy every row of the sheet.
    for (const { row, values } of (workbook[key] as Table<unknown>).rows) {
      const recorded = values as Recorded;
      if (keep(recorded)) items.push({ section: key, id: idOf(recorded), sheet: workbook[key].sheet, row, values: pick(key, recorded) });
    }
  };
  const attributeId = (v: Recorded) => String(v.attributeId ?? "");
  const profileId = (v: Recorded) => String(v.profileId ?? "");
  const activationId = (v: Recorded) => `${v.profileId ?? ""}/${v.channel ?? ""}`;
  switch (scope) {
    case "plan":
      items.push({ section: "plan", id: "Plan", sheet: PLAN_SHEET.name, row: 1, values: pick("plan", workbook.plan.values as Recorded) });
      table("attributes", attributeId, (v) => Boolean(v.attributeId));
      table("profiles", profileId, (v) => Boolean(v.profileId));
      table("activations", activationId, (v) => Boolean(v.profileId));
      break;
    case "attribute":
      table("attributes", attributeId, (v) => wanted(v.attributeId as string));
      break;
    case "source":
      table("attributes", attributeId, (v) => Boolean(v.attributeId) && wanted(v.sourceSystem as string));
      break;
    case "profile":
      table("profiles", profileId, (v) => wanted(v.profileId as string));
      table("activations", activationId, (v) => wanted(v.profileId as string));
      break;
    case "activation":
      table("activations", activationId, (v) => wanted(v.profileId as string) || wanted(activationId(v)));
      break;
  }
  return { items, hash: contentHash(items) };
}

/** The hash of approved content: sections, IDs and watched values, in sheet order. */
export function contentHash(items: readonly Pick<ContentItem, "section" | "id" | "values">[]): string {
  // Built with its keys in sorted order, so canonicalJson need not copy the item.
  return sha256Hex(canonicalJson(items.map(({ section, id, values }) => ({ id, section, values }))));
}

const LABELS = new Map<string, string>(
  (Object.keys(WATCHED_FIELDS) as ContentSection[]).flatMap((section) =>
    describeColumns(section === "plan" ? PLAN_SHEET.row : TABLE_SHEETS[section].row).map(
      (column) => [`${section}.${column.key}`, column.label] as const,
    ),
  ),
);

/** A watched field's header label ("Coverage SLA %"), for people reading what changed. */
export const fieldLabel = (section: string, key: string) => LABELS.get(`${section}.${key}`) ?? key;
