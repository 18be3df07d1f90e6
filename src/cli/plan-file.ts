// The few fields of an exported plan the CLI needs, read structurally: any
// other key is ignored, so the CLI keeps working as the plan JSON grows. The
// row schemas name IDs `attributeId` / `profileId`; the plan may say `id`:
// both are accepted. Logic may be plain text or an object with `text`.

import * as z from "zod";
import { ATTRIBUTE_TYPES } from "../domain/schema/vocabulary";
import type { AttributeInfo, AttributeType } from "../domain/logic";

const withId = (key: string) => (value: unknown) =>
  value !== null && typeof value === "object" && !("id" in value) && key in value ? { ...value, id: (value as Record<string, unknown>)[key] } : value;

const logicText = z
  .union([z.string(), z.object({ text: z.string() }).transform((logic) => logic.text)])
  .nullish()
  .transform((text) => (text == null || text.trim() === "" ? null : text));

const list = z.union([z.array(z.string()), z.string().transform((text) => text.split(",").map((s) => s.trim()).filter(Boolean))]);

const PlanAttribute = z.preprocess(withId("attributeId"), z.object({
  id: z.string(),
  type: z.string(),
  allowedValues: list.nullish().transform((values) => values ?? []),
  sourceField: z.string().nullish().transform((field) => (field == null || field.trim() === "" ? null : field.trim())),
}));

const PlanProfile = z.preprocess(withId("profileId"), z.object({
  id: z.string(),
  eligibility: logicText,
  suppression: logicText,
  score: logicText,
  scoreThreshold: z.number().nullish().transform((n) => n ?? null),
  priority: z.number().nullish().transform((n) => n ?? null),
}));

const PlanActivation = z.object({ profileId: z.string(), channel: z.string() });

export const PlanFile = z.object({
  attributes: z.array(PlanAttribute).default([]),
  profiles: z.array(PlanProfile).default([]),
  activations: z.array(PlanActivation).default([]),
});

export type PlanFile = z.output<typeof PlanFile>;
export type PlanAttribute = PlanFile["attributes"][number];
export type PlanProfile = PlanFile["profiles"][number];

export type PlanRead = { ok: true; plan: PlanFile } | { ok: false; message: string };

/** Parses the file's text; a message names the first problem's path in the JSON. */
export function readPlan(text: string, name: string): PlanRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${name} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = PlanFile.safeParse(json);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join(".") : "the top level";
  return { ok: false, message: `${name} is not a plan: at ${where}, ${issue.message}` };
}

const isAttributeType = (type: string): type is AttributeType => (ATTRIBUTE_TYPES as readonly string[]).includes(type);

/** The plan's attributes as the logic language sees them (an unreadable type is "unknown"). */
export function attributeInfos(plan: PlanFile): Map<string, AttributeInfo> {
  return new Map(plan.attributes.map((a) => [a.id, { id: a.id, type: isAttributeType(a.type) ? a.type : "unknown", allowedValues: a.allowedValues }]));
}
