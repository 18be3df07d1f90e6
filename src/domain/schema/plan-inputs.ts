import * as z from "zod/mini";
import { emailColumn, enumColumn, enumListColumn, idColumn, numberColumn, textColumn } from "./columns";
import { ROLE_NAMES } from "./roles";
import { CHANNELS, PATTERNS, WAREHOUSES } from "./vocabulary";

/**
 * The Plan sheet: one row per field (Field | Value). Keys are in sheet order;
 * each field's label is the text of its Field cell.
 */
export const PlanInputsRow = z.object({
  planId: idColumn({
    label: "Plan ID",
    note: "Generated when the plan is set up (for example plg-onboarding-7f3a). Names the Drive file; do not edit.",
    pattern: /^[a-z0-9][a-z0-9-]*$/,
    patternHint: "must be lowercase letters, digits and dashes",
  }),
  initiative: textColumn({
    label: "Initiative",
    note: "The program or campaign this personalization effort serves, e.g. PLG Onboarding.",
    required: true,
  }),
  channels: enumListColumn(CHANNELS, {
    label: "Channels",
    note: `Channels to activate, comma separated: ${CHANNELS.join(", ")}.`,
  }),
  metrics: textColumn({ label: "Metrics", note: "The KPIs this plan moves: activation rate, pipeline $, retention …" }),
  constraints: textColumn({ label: "Constraints", note: "Compliance, consent or tooling notes every stage must respect." }),
  timeline: textColumn({ label: "Timeline", note: "The delivery window, e.g. Q3 2026 or 2026-07-01 to 2026-09-30." }),
  pattern: enumColumn(PATTERNS, {
    label: "Pattern",
    note: "diamond: objectives and attribute inventory run in parallel, then reconverge into activation and governance. pipeline: the stages run one after another.",
  }),
  architect: emailColumn({
    label: ROLE_NAMES.architect,
    note: "Email of the first rung of the escalation ladder: leads objectives and profile design. When empty, the Customer Data Engineer covers (fallback agent).",
  }),
  privacyLead: emailColumn({
    label: ROLE_NAMES.privacyLead,
    note: "Email of the second rung of the escalation ladder: consent and compliance. When empty, the Exec sponsor covers (fallback agent).",
  }),
  execSponsor: emailColumn({
    label: ROLE_NAMES.execSponsor,
    note: "Email of the last rung of the escalation ladder. When empty, the Data Privacy Lead covers (fallback agent).",
  }),
  customerDataEngineer: emailColumn({
    label: ROLE_NAMES.customerDataEngineer,
    note: "Email of the person who checks data feasibility: owns the attribute inventory and the data-engineering node. Fallback agents: covers the Personalization Architect, who covers them; the Exec sponsor covers the Data Privacy Lead, who covers the Exec sponsor. An empty rung of the ladder goes to its cover, then to the item's Fallback owner on 5 Governance.",
  }),
  escalationInterval: numberColumn({
    label: "Escalation interval (hours)",
    note: "How long a blocker must persist before it escalates, and before it climbs each further rung (default 24). A blocker that is fixed and comes back escalates at once.",
    min: 1,
    max: 720,
  }),
  retryLimit: numberColumn({
    label: "Retry limit",
    note: "How many times a failing Drive or data call is retried before the plan reports it (default 2).",
    integer: true,
    min: 0,
    max: 5,
  }),
  warehouse: enumColumn(WAREHOUSES, {
    label: "Warehouse",
    note: "Where the people table lives, for Estimate on warehouse: none (the default) or bigquery.",
  }),
  warehouseTable: idColumn({
    label: "Warehouse table",
    note: "The people table as project.dataset.table, e.g. acme-prod.crm.people. One row per person, one column per attribute (its Source column, else its ID).",
    required: false,
    pattern: /^[a-z][a-z0-9-]{4,28}[a-z0-9]\.[A-Za-z0-9_]{1,1024}\.[^.`]{1,1024}$/,
    patternHint: "must be project.dataset.table, e.g. acme-prod.crm.people",
  }),
  personIdColumn: textColumn({
    label: "Person ID column",
    note: "The table's column that identifies a person, e.g. person_id. Checked by the estimate's dry run.",
  }),
  billingProject: textColumn({
    label: "Billing project",
    note: "The Google Cloud project billed for the estimate's query. When empty, the Warehouse table's project.",
  }),
  estimateByteLimit: numberColumn({
    label: "Estimate byte limit (GB)",
    note: "Estimate on warehouse asks before running a scan that would process more than this many gigabytes (default 10).",
    min: 0,
  }),
  driveFolder: textColumn({
    label: "Drive folder",
    note: "Link to the Drive folder holding the plan exports. Filled in by the first export.",
  }),
  changedSinceExport: textColumn({
    label: "Changed since export",
    note: "Written by the add-on: whether the stage sheets changed since the last export, and which. Cleared by the next export, which lists the changes.",
  }),
  reminders: textColumn({
    label: "Reminders",
    note: "Written by the weekly governance reminder (turn it on in the sidebar): reviews whose Next review has passed, and open escalations.",
  }),
});

export type PlanInputs = z.output<typeof PlanInputsRow>;
export const DEFAULT_RETRY_LIMIT = 2;
export const DEFAULT_ESCALATION_INTERVAL_HOURS = 24;
export const DEFAULT_ESTIMATE_BYTE_LIMIT_GB = 10;
