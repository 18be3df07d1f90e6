import * as z from "zod/mini";
import { dateColumn, enumColumn, enumListColumn, idColumn, numberColumn, textColumn } from "./columns";
import { CHANNELS, LIFECYCLE_STAGES, ROW_ID } from "./vocabulary";

export const ObjectiveRow = z.object({
  objectiveId: idColumn({
    label: "Objective ID",
    note: "A short unique ID for this objective, e.g. OBJ-1. Letters, digits, dashes and underscores.",
    pattern: ROW_ID,
    patternHint: "must be letters, digits, dashes or underscores, without spaces",
  }),
  businessGoal: textColumn({ label: "Business goal", note: "What the business wants, in one sentence.", required: true }),
  kpi: textColumn({ label: "KPI", note: "The measure that tells whether the goal is met, e.g. activation rate.", required: true }),
  baseline: numberColumn({ label: "Baseline", note: "Today's value of the KPI (a number; 12% may be written 12 or 12%)." }),
  target: numberColumn({ label: "Target", note: "The value the KPI should reach (same unit as Baseline)." }),
  persona: textColumn({ label: "Persona", note: "Who this objective is about, e.g. self-serve admin." }),
  lifecycleStage: enumColumn(LIFECYCLE_STAGES, { label: "Lifecycle stage", note: `One of: ${LIFECYCLE_STAGES.join(", ")}.` }),
  channels: enumListColumn(CHANNELS, {
    label: "Channels",
    note: `Channels serving this objective, comma separated: ${CHANNELS.join(", ")}.`,
  }),
  dueDate: dateColumn({ label: "Due date", note: "When the target should be reached (a date, e.g. 2026-09-30)." }),
  owner: textColumn({ label: "Owner", note: "Who is accountable for this objective (name or email)." }),
});

export type Objective = z.output<typeof ObjectiveRow>;
