import * as z from "zod/mini";
import { ROLE_NAMES } from "../schema/roles";
import { CHANNELS, PATTERNS } from "../schema/vocabulary";

// Set up sheets' input (the New plan form). A file of its own so the sidebar
// can check the form with it without loading the whole contract.

const tooLong = (label: string, max: number) => z.maxLength(max, { error: `${label} is too long (at most ${max} characters).` });

const optionalText = (label: string, max: number) =>
  z.optional(z.string({ error: `${label} must be text.` }).check(z.trim(), tooLong(label, max)));

const optionalEmail = (label: string) => {
  const error = `${label} must be an email address such as ana@example.com.`;
  return z.optional(z.union([z.literal(""), z.email({ error })], { error }));
};

const INITIATIVE_REQUIRED = "Initiative is required: name the program or campaign, e.g. PLG Onboarding.";

export const SetupInput = z.object({
  initiative: z
    .string({ error: INITIATIVE_REQUIRED })
    .check(z.trim(), z.minLength(1, { error: INITIATIVE_REQUIRED }), tooLong("Initiative", 200)),
  channels: z
    .array(
      z.enum(CHANNELS, {
        error: (issue) => `Channels: ${JSON.stringify(issue.input)} is not a channel. Choose from ${CHANNELS.join(", ")}.`,
      }),
      { error: `Channels must be a list chosen from ${CHANNELS.join(", ")}.` },
    )
    .check(z.minLength(1, { error: `Choose at least one channel: ${CHANNELS.join(", ")}.` })),
  metrics: optionalText("Metrics", 2000),
  constraints: optionalText("Constraints", 5000),
  timeline: optionalText("Timeline", 500),
  pattern: z.optional(z.enum(PATTERNS, { error: `Pattern must be ${PATTERNS.join(" or ")}.` })),
  architect: optionalEmail(ROLE_NAMES.architect),
  privacyLead: optionalEmail(ROLE_NAMES.privacyLead),
  execSponsor: optionalEmail(ROLE_NAMES.execSponsor),
  customerDataEngineer: optionalEmail(ROLE_NAMES.customerDataEngineer),
});
export type SetupInput = z.output<typeof SetupInput>;
