import * as z from "zod/mini";
import { ACCEPTED_FORMS, parseFrequencyCap, showCap } from "../analysis/frequency";
import { enumColumn, formattedColumn, numberColumn, textColumn } from "./columns";
import { ACTIVATION_METHODS, ACTIVATION_STATUSES, CHANNELS, CONSENT_PURPOSES, LATENCY_NEEDS } from "./vocabulary";

export const ActivationRow = z.object({
  profileId: textColumn({ label: "Profile ID", note: "The profile activated, from 3 Profiles.", required: true }),
  channel: enumColumn(CHANNELS, { label: "Channel", note: `${CHANNELS.join(", ")}; must be one of the plan's channels.`, required: true }),
  destination: textColumn({ label: "Destination", note: "The downstream system, e.g. Braze, Google Ads, website CMS." }),
  method: enumColumn(ACTIVATION_METHODS, { label: "Method", note: `How the audience reaches it: ${ACTIVATION_METHODS.join(", ")}.` }),
  endpoint: textColumn({ label: "Endpoint / reference", note: "API endpoint, webhook URL or a reference to the sync job." }),
  latencyNeed: enumColumn(LATENCY_NEEDS, { label: "Latency need", note: `How fresh membership must be: ${LATENCY_NEEDS.join(", ")}.` }),
  consentPurpose: enumColumn(CONSENT_PURPOSES, {
    label: "Consent purpose",
    note: "The purpose this activation relies on. Blank = the channel's default: web, in-app → personalization; email → email_marketing; ads → advertising; sales → sales_outreach.",
  }),
  fallbackState: textColumn({
    label: "Fallback state",
    note: "What people see when the profile is unknown or the sync fails, e.g. generic onboarding.",
  }),
  owner: textColumn({ label: "Owner", note: "The channel owner answering for this activation." }),
  status: enumColumn(ACTIVATION_STATUSES, { label: "Status", note: `${ACTIVATION_STATUSES.join(", ")}.` }),
  holdoutPct: numberColumn({
    label: "Holdout %",
    note: "Share of qualifying people kept out as a control group (0–50, blank = none), so lift can be measured.",
    min: 0,
    max: 50,
  }),
  frequencyCap: formattedColumn(
    { label: "Frequency cap", note: `At most N messages per person per period: ${ACCEPTED_FORMS}. Blank = the channel's default.` },
    (text) => {
      const parsed = parseFrequencyCap(text);
      return parsed.ok
        ? { ok: true, value: showCap(parsed.cap) }
        : { ok: false, problem: `must be ${ACCEPTED_FORMS} (got ${JSON.stringify(text.slice(0, 40))})` };
    },
  ),
});

export type Activation = z.output<typeof ActivationRow>;
