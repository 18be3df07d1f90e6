import * as z from "zod/mini";
import { enumColumn, enumListColumn, idColumn, listColumn, numberColumn, textColumn } from "./columns";
import { ATTRIBUTE_ID } from "../logic/ast";
import { ATTRIBUTE_TYPES, CONSENT_PURPOSES, REFRESH_CADENCES, SENSITIVITIES, USAGE_LABELS } from "./vocabulary";

export const AttributeRow = z.object({
  attributeId: idColumn({
    label: "Attribute ID",
    note: "The name profiles use in their logic: snake_case, unique, e.g. signup_date.",
    pattern: ATTRIBUTE_ID,
    patternHint: "must be snake_case: lowercase letters, digits and underscores, starting with a letter",
  }),
  displayName: textColumn({ label: "Display name", note: "A readable name, e.g. Signup date." }),
  type: enumColumn(ATTRIBUTE_TYPES, {
    label: "Type",
    note: `The value type: ${ATTRIBUTE_TYPES.join(", ")}. enum needs Allowed values.`,
    required: true,
  }),
  allowedValues: listColumn({
    label: "Allowed values",
    note: "For enum attributes: the comma-separated values logic may compare with, e.g. free, pro, enterprise.",
  }),
  sourceSystem: textColumn({
    label: "Source system",
    note: "Where the data comes from, e.g. Product DB, Salesforce, Segment.",
    required: true,
  }),
  sourceField: textColumn({
    label: "Source field",
    note: "The field in the source system, e.g. users.created_at. Its last part (created_at) is the warehouse column the SQL reads; blank = the Attribute ID.",
  }),
  refreshCadence: enumColumn(REFRESH_CADENCES, {
    label: "Refresh cadence",
    note: `How often the value refreshes: ${REFRESH_CADENCES.join(", ")}.`,
    required: true,
  }),
  freshnessSlaHours: numberColumn({
    label: "Freshness SLA (hours)",
    note: "The maximum age of the value, in hours, that activations can accept.",
    min: 0,
  }),
  coveragePct: numberColumn({ label: "Coverage %", note: "Share of people who have a value today, 0–100 (e.g. 85).", min: 0, max: 100 }),
  coverageSlaPct: numberColumn({
    label: "Coverage SLA %",
    note: "The coverage this attribute must reach, 0–100. Below it, validation warns and escalates.",
    min: 0,
    max: 100,
  }),
  consentPurposes: enumListColumn(CONSENT_PURPOSES, {
    label: "Consent purposes",
    note: `Purposes people consented to for this data, comma separated: ${CONSENT_PURPOSES.join(", ")}. Each channel that activates a profile using it needs its purpose here.`,
  }),
  sensitivity: enumColumn(SENSITIVITIES, {
    label: "Sensitivity",
    note: "none, pii (identifies a person) or sensitive (health, finance, beliefs…: never sent to ads or sales).",
    required: true,
  }),
  owner: textColumn({ label: "Owner", note: "Who answers for this attribute's quality (name or email)." }),
  privacyNotes: textColumn({
    label: "Privacy notes",
    note: "Anything the privacy reviewer should know: legal basis, retention, restrictions.",
  }),
  usageLabels: enumListColumn(USAGE_LABELS, {
    label: "Usage labels",
    note: "Optional data-usage labels, comma separated: C1–C12 contract, I1/I2 identity, S1/S2 sensitive. They restrict which channels may use the attribute.",
  }),
});

export type Attribute = z.output<typeof AttributeRow>;
