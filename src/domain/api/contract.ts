import * as z from "zod";
import { SHEETS, STAGES } from "../schema/workbook";
import { CHANNELS, PATTERNS } from "../schema/vocabulary";

/**
 * The sidebar API: one entry per method, its input and output schemas. The
 * server parses every input with these, the build emits one global function
 * per entry, and the sidebar's client is typed from them.
 */
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, { error: `${label} is too long (at most ${max} characters).` })
    .optional();

const optionalEmail = (label: string) =>
  z
    .union([z.literal(""), z.email({ error: `${label} must be an email address such as ana@example.com.` })], {
      error: `${label} must be an email address such as ana@example.com.`,
    })
    .optional();

export const SetupInput = z.object({
  initiative: z
    .string({ error: "Initiative is required: name the program or campaign, e.g. PLG Onboarding." })
    .trim()
    .min(1, { error: "Initiative is required: name the program or campaign, e.g. PLG Onboarding." })
    .max(200, { error: "Initiative is too long (at most 200 characters)." }),
  channels: z
    .array(
      z.enum(CHANNELS, {
        error: (issue) => `Channels: ${JSON.stringify(issue.input)} is not a channel. Choose from ${CHANNELS.join(", ")}.`,
      }),
      { error: `Channels must be a list chosen from ${CHANNELS.join(", ")}.` },
    )
    .min(1, { error: `Choose at least one channel: ${CHANNELS.join(", ")}.` }),
  metrics: optionalText("Metrics", 2000),
  constraints: optionalText("Constraints", 5000),
  timeline: optionalText("Timeline", 500),
  pattern: z.enum(PATTERNS, { error: `Pattern must be ${PATTERNS.join(" or ")}.` }).optional(),
  architect: optionalEmail("Personalization Architect"),
  privacyLead: optionalEmail("Data Privacy Lead"),
  execSponsor: optionalEmail("Exec sponsor"),
});
export type SetupInput = z.output<typeof SetupInput>;

const SheetName = z.enum(SHEETS.map((sheet) => sheet.name) as [string, ...string[]], {
  error: (issue) => `There is no sheet called ${JSON.stringify(issue.input)} in this plan.`,
});

export const StageStatus = z.object({
  stage: z.enum(STAGES),
  sheet: z.string(),
  exists: z.boolean(),
  rows: z.number().int(),
});

export const PlanSummary = z.object({
  planId: z.string().nullable(),
  initiative: z.string().nullable(),
  channels: z.array(z.string()),
  pattern: z.string().nullable(),
});

export const Status = z.object({
  setUp: z.boolean(),
  plan: PlanSummary,
  stages: z.array(StageStatus),
  missingSheets: z.array(z.string()),
});
export type Status = z.output<typeof Status>;

export const SetupResult = z.object({
  planId: z.string().nullable(),
  created: z.array(z.string()),
  upgraded: z.array(z.object({ sheet: z.string(), addedColumns: z.array(z.string()) })),
  skipped: z.array(z.object({ sheet: z.string(), reason: z.string() })),
  status: Status,
});
export type SetupResult = z.output<typeof SetupResult>;

export const contract = {
  getStatus: { input: z.undefined(), output: Status },
  setupSheets: { input: SetupInput, output: SetupResult },
  openSheet: { input: z.object({ sheet: SheetName }), output: z.object({ sheet: z.string() }) },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]["input"]>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]["output"]>;
