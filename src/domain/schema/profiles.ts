import * as z from "zod/mini";
import { durationColumn, enumColumn, expressionColumn, idColumn, numberColumn, textColumn } from "./columns";
import { LIFECYCLE_STAGES, PROFILE_STATUSES, ROW_ID } from "./vocabulary";

export const ProfileRow = z.object({
  profileId: idColumn({
    label: "Profile ID",
    note: "A short unique ID, e.g. new-free-users. Letters, digits, dashes and underscores.",
    pattern: ROW_ID,
    patternHint: "must be letters, digits, dashes or underscores, without spaces",
  }),
  name: textColumn({ label: "Name", note: "A readable name for the audience.", required: true }),
  persona: textColumn({ label: "Persona", note: "The persona this profile serves." }),
  lifecycleStage: enumColumn(LIFECYCLE_STAGES, { label: "Lifecycle stage", note: `One of: ${LIFECYCLE_STAGES.join(", ")}.` }),
  eligibility: expressionColumn({
    label: "Eligibility",
    note: 'Who qualifies, in the logic language, e.g. plan = "free" and days_since(signup_date) <= 14 and not onboarding_done',
    required: true,
  }),
  suppression: expressionColumn({
    label: "Suppression",
    note: 'Who is excluded even when eligible, e.g. opted_out or country in ["DE", "FR"].',
  }),
  score: expressionColumn({
    label: "Score",
    note: "Optional numeric expression; a person needs Score ≥ Score threshold, e.g. seats_used * 2 + logins_7d.",
  }),
  scoreThreshold: numberColumn({
    label: "Score threshold",
    note: "The minimum Score to belong to the profile (needed when Score is set).",
  }),
  decayWindow: durationColumn({
    label: "Decay window",
    note: "How long membership lasts after a person stops qualifying: 30d, 12h or 8w.",
  }),
  priority: numberColumn({
    label: "Priority",
    note: "1 = first. On a channel, a person gets the first profile they qualify for.",
    integer: true,
    min: 1,
  }),
  owner: textColumn({ label: "Owner", note: "Who answers for this profile (name or email)." }),
  status: enumColumn(PROFILE_STATUSES, { label: "Status", note: `${PROFILE_STATUSES.join(", ")}.` }),
});

export type Profile = z.output<typeof ProfileRow>;
