import type * as z from "zod/mini";
import { ActivationRow } from "./activations";
import { AttributeRow } from "./attributes";
import { ChangeLogRow } from "./change-log";
import { GovernanceRow } from "./governance";
import { ObjectiveRow } from "./objectives";
import { PlanInputsRow } from "./plan-inputs";
import { ProfileTestRow } from "./profile-tests";
import { ProfileRow } from "./profiles";

export interface SheetSpec {
  /** Its key in the parsed workbook; a table's key is also its section of the plan file (plan.attributes …). */
  key: string;
  name: string;
  /** keyValue: the Plan sheet (Field | Value, one row per field); table: one row per item. */
  layout: "keyValue" | "table";
  row: z.ZodMiniObject;
  /** Its step in the sidebar's stepper and the plan's dependency graph (the five workflow stages). */
  stage?: string;
  /** The column whose label identifies the sheet as ours, and whose value keys each row. */
  keyColumn: string;
  /** Rows named by more than their key column (the Change log and the plan's change list): an activation is "profile → channel". */
  compositeKey?: { columns: readonly string[]; joiner: string };
  /** What one row is, in words: the plan's change list says "Attribute signup_date added". */
  item: string;
  /** A sheet only the add-on writes (its whole content is protected, not just the header). */
  addOnOwned?: boolean;
  purpose: string;
}

export const PLAN_SHEET = {
  key: "plan",
  name: "Plan",
  layout: "keyValue",
  row: PlanInputsRow,
  keyColumn: "planId",
  item: "Plan input",
  purpose: "The plan's inputs: initiative, channels, pattern and the escalation ladder.",
} as const satisfies SheetSpec;

/**
 * The table sheets, in workbook order: parsing, the plan builder, the plan
 * file's schema, import, the Change log and the sidebar loop over this one
 * registry. The Plan sheet's fields are spread over the plan file's header
 * (id, initiative, pattern, inputs, errorHandling).
 */
const TABLE_SHEET_LIST = [
  {
    key: "objectives",
    name: "1 Objectives",
    layout: "table",
    row: ObjectiveRow,
    stage: "objectives",
    keyColumn: "objectiveId",
    item: "Objective",
    purpose: "Business goals, personas and lifecycle stages.",
  },
  {
    key: "attributes",
    name: "2 Attributes",
    layout: "table",
    row: AttributeRow,
    stage: "attributes",
    keyColumn: "attributeId",
    item: "Attribute",
    purpose: "The attribute inventory: fields, sources, refresh, coverage and consent.",
  },
  {
    key: "profiles",
    name: "3 Profiles",
    layout: "table",
    row: ProfileRow,
    stage: "profiles",
    keyColumn: "profileId",
    item: "Profile",
    purpose: "Segments with eligibility, suppression, scoring and decay.",
  },
  {
    key: "activations",
    name: "4 Activation",
    layout: "table",
    row: ActivationRow,
    stage: "activation",
    keyColumn: "profileId",
    compositeKey: { columns: ["profileId", "channel"], joiner: " → " },
    item: "Activation",
    purpose: "Where each profile is activated, how, and its fallback.",
  },
  {
    key: "governance",
    name: "5 Governance",
    layout: "table",
    row: GovernanceRow,
    stage: "governance",
    keyColumn: "scope",
    compositeKey: { columns: ["scope", "item"], joiner: ": " },
    item: "Governance",
    purpose: "Owners, fallbacks, QA cadences, checkpoints and approvals.",
  },
  {
    key: "tests",
    name: "Profile tests",
    layout: "table",
    row: ProfileTestRow,
    keyColumn: "testId",
    item: "Profile test",
    purpose: "Sample people with the outcome each profile should give them.",
  },
  {
    key: "changeLog",
    name: "Change log",
    layout: "table",
    row: ChangeLogRow,
    keyColumn: "timestamp",
    item: "Change log entry",
    addOnOwned: true,
    purpose: "Append-only audit trail of every change.",
  },
] as const satisfies readonly SheetSpec[];

type TableSpec = (typeof TABLE_SHEET_LIST)[number];
export type TableKey = TableSpec["key"];
export const TABLE_KEYS: readonly TableKey[] = TABLE_SHEET_LIST.map((spec) => spec.key);

/** Each table sheet by its key. */
export const TABLE_SHEETS = Object.fromEntries(TABLE_SHEET_LIST.map((spec) => [spec.key, spec])) as {
  [K in TableKey]: Extract<TableSpec, { key: K }>;
};

/** Every sheet Set up sheets lays down, in tab order. */
export const SHEETS: readonly SheetSpec[] = [PLAN_SHEET, ...TABLE_SHEET_LIST];

/** The sheets people edit (every one but the add-on's own): the Change log records their edits, the plan lists their changes. */
type EditedSpec = Exclude<TableSpec, { addOnOwned: true }>;
export type EditedKey = EditedSpec["key"];
export const EDITED_TABLE_KEYS: readonly EditedKey[] = TABLE_SHEET_LIST.filter((spec): spec is EditedSpec => !("addOnOwned" in spec)).map(
  (spec) => spec.key,
);

/** The five workflow stages, in the order the sidebar's stepper shows them. */
type StagedSpec = Extract<TableSpec, { stage: string }>;
export type Stage = StagedSpec["stage"];
export const STAGES: readonly Stage[] = TABLE_SHEET_LIST.flatMap((spec) => ("stage" in spec ? [spec.stage] : []));

export function sheetForStage(stage: Stage): SheetSpec {
  const spec = SHEETS.find((sheet) => sheet.stage === stage);
  if (!spec) throw new Error(`No sheet for stage ${stage}`);
  return spec;
}

/** The columns whose values name a row, and what joins them. */
export function rowKeyOf(spec: SheetSpec): { columns: readonly string[]; joiner: string } {
  return spec.compositeKey ?? { columns: [spec.keyColumn], joiner: "" };
}
