import type * as z from "zod/mini";
import { ActivationRow } from "./activations";
import { AttributeRow } from "./attributes";
import { ChangeLogRow } from "./change-log";
import { GovernanceRow } from "./governance";
import { ObjectiveRow } from "./objectives";
import { PlanInputsRow } from "./plan-inputs";
import { ProfileTestRow } from "./profile-tests";
import { ProfileRow } from "./profiles";

/** The five workflow stages, in the order the sidebar's stepper shows them. */
export const STAGES = ["objectives", "attributes", "profiles", "activation", "governance"] as const;
export type Stage = (typeof STAGES)[number];

export interface SheetSpec {
  name: string;
  /** keyValue: the Plan sheet (Field | Value, one row per field); table: one row per item. */
  layout: "keyValue" | "table";
  row: z.ZodMiniObject;
  stage?: Stage;
  /** The column whose label identifies the sheet as ours, and whose value keys each row. */
  keyColumn: string;
  /** A sheet only the add-on writes (its whole content is protected, not just the header). */
  addOnOwned?: boolean;
  purpose: string;
}

export const PLAN_SHEET = {
  name: "Plan",
  layout: "keyValue",
  row: PlanInputsRow,
  keyColumn: "planId",
  purpose: "The plan's inputs: initiative, channels, pattern and the escalation ladder.",
} as const satisfies SheetSpec;

/**
 * The table sheets, by workbook key. The key is also the sheet's section in
 * the plan file (plan.attributes, plan.changeLog …), so parsing, the plan
 * builder and the import loop over this one registry.
 */
export const TABLE_SHEETS = {
  objectives: {
    name: "1 Objectives",
    layout: "table",
    row: ObjectiveRow,
    stage: "objectives",
    keyColumn: "objectiveId",
    purpose: "Business goals, personas and lifecycle stages.",
  },
  attributes: {
    name: "2 Attributes",
    layout: "table",
    row: AttributeRow,
    stage: "attributes",
    keyColumn: "attributeId",
    purpose: "The attribute inventory: fields, sources, refresh, coverage and consent.",
  },
  profiles: {
    name: "3 Profiles",
    layout: "table",
    row: ProfileRow,
    stage: "profiles",
    keyColumn: "profileId",
    purpose: "Segments with eligibility, suppression, scoring and decay.",
  },
  activations: {
    name: "4 Activation",
    layout: "table",
    row: ActivationRow,
    stage: "activation",
    keyColumn: "profileId",
    purpose: "Where each profile is activated, how, and its fallback.",
  },
  governance: {
    name: "5 Governance",
    layout: "table",
    row: GovernanceRow,
    stage: "governance",
    keyColumn: "scope",
    purpose: "Owners, fallbacks, QA cadences, checkpoints and approvals.",
  },
  tests: {
    name: "Profile tests",
    layout: "table",
    row: ProfileTestRow,
    keyColumn: "testId",
    purpose: "Sample people with the outcome each profile should give them.",
  },
  changeLog: {
    name: "Change log",
    layout: "table",
    row: ChangeLogRow,
    keyColumn: "timestamp",
    addOnOwned: true,
    purpose: "Append-only audit trail of every change.",
  },
} as const satisfies Record<string, SheetSpec>;

export type TableKey = keyof typeof TABLE_SHEETS;
export const TABLE_KEYS = Object.keys(TABLE_SHEETS) as TableKey[];

export const SHEETS: readonly SheetSpec[] = [PLAN_SHEET, ...TABLE_KEYS.map((key) => TABLE_SHEETS[key])];

export function sheetForStage(stage: Stage): SheetSpec {
  const spec = SHEETS.find((sheet) => sheet.stage === stage);
  if (!spec) throw new Error(`No sheet for stage ${stage}`);
  return spec;
}
