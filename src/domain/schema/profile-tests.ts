import * as z from "zod/mini";
import { enumColumn, idColumn, textColumn } from "./columns";
import { CHANNELS, ROW_ID } from "./vocabulary";

export const ProfileTestRow = z.object({
  testId: idColumn({
    label: "Test ID",
    note: "A unique ID for this test, e.g. T-1.",
    pattern: ROW_ID,
    patternHint: "must be letters, digits, dashes or underscores, without spaces",
  }),
  profileId: textColumn({ label: "Profile ID", note: "The profile under test (blank when Channel is set)." }),
  channel: enumColumn(CHANNELS, {
    label: "Channel",
    note: "Optional: test which profile this channel's decision tree picks for the person.",
  }),
  person: textColumn({
    label: "Person",
    note: 'A sample person: attribute values separated by semicolons, e.g. plan = "free"; signup_date = 2025-06-01; onboarding_done = false. Attributes not named are null.',
    required: true,
  }),
  expected: textColumn({
    label: "Expected",
    note: "member, not eligible, suppressed or below threshold; with a Channel, the Profile ID the channel should pick (or none).",
    required: true,
  }),
  notes: textColumn({ label: "Notes", note: "Why this case matters." }),
});

export type ProfileTest = z.output<typeof ProfileTestRow>;
