import * as z from "zod/mini";
import { DIALECTS } from "../sql/dialect";
import { Finding } from "../validation/finding";

/** Preview audiences on the Sample data sheet (DESIGN section 6, issue 8). */
export const PreviewReport = z.object({
  totalRows: z.int(),
  rowsUsed: z.int(),
  /** How a large sheet was sampled, in a sentence (empty when every row was used). */
  sampleNote: z.string(),
  problems: z.array(z.object({ row: z.int(), column: z.string(), value: z.string(), message: z.string() })),
  problemCount: z.int(),
  missingColumns: z.array(z.string()),
  profiles: z.array(z.object({ profileId: z.string(), eligible: z.int(), suppressed: z.int(), belowThreshold: z.int(), members: z.int() })),
  channels: z.array(
    z.object({
      channel: z.string(),
      branches: z.array(z.object({ profileId: z.string(), priority: z.nullable(z.number()), members: z.int(), receives: z.int() })),
      reached: z.int(),
    }),
  ),
  overlap: z.object({ profileIds: z.array(z.string()), counts: z.array(z.array(z.int())) }),
  findings: z.array(Finding),
  /** Said when profiles have a Decay window the preview does not apply (empty otherwise). */
  decayNote: z.optional(z.string()),
});
export type PreviewReport = z.output<typeof PreviewReport>;

export const ProfileSqlReport = z.object({
  profileId: z.string(),
  sql: z.record(z.enum(DIALECTS), z.object({ where: z.string(), select: z.string() })),
  /** Said when the profile has a Decay window the SQL does not apply (empty otherwise). */
  decayNote: z.optional(z.string()),
});

/** Where used: what depends on an attribute, before someone edits or retires it. */
export const WhereUsed = z.object({
  attributeId: z.string(),
  displayName: z.nullable(z.string()),
  profiles: z.array(
    z.object({ profileId: z.string(), name: z.nullable(z.string()), fields: z.array(z.enum(["eligibility", "suppression", "score"])) }),
  ),
  activations: z.array(z.object({ profileId: z.string(), channel: z.string(), destination: z.nullable(z.string()) })),
  channels: z.array(z.string()),
});
export type WhereUsed = z.output<typeof WhereUsed>;
