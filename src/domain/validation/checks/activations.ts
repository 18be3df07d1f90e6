import type { ValidationContext } from "../context";
import { THIRD_PARTY_CHANNELS } from "../../schema/vocabulary";
import { attributesUsedBy, hasConsent, purposeOf, refreshesTooSlowly, TARGETED_CHANNELS } from "../activation-facts";
import { CHANNEL_CONSENT } from "../../schema/vocabulary";
import { finding, type Finding } from "../finding";
import { labelOf } from "../tables";

/** The activation-row checks of DESIGN section 3; each finding names the attribute at fault. */
export function checkActivations(context: ValidationContext): Finding[] {
  const table = context.workbook.activations;
  const result: Finding[] = [];
  for (const row of table.rows) {
    const activation = row.values;
    const at = (key: Parameters<typeof labelOf<typeof activation>>[1]) => ({
      sheet: table.sheet,
      row: row.row,
      column: labelOf(table, key),
    });
    const channel = activation.channel;
    const profileId = activation.profileId;

    if (channel && context.planChannels && !context.planChannels.has(channel)) {
      result.push(
        finding(
          "CHANNEL_NOT_IN_PLAN",
          at("channel"),
          `The plan's Channels do not include ${channel}. Add ${channel} to Channels on the Plan sheet, or choose one of ${[...context.planChannels].join(", ") || "the plan's channels"}.`,
        ),
      );
    }
    if (!activation.fallbackState) {
      result.push(
        finding(
          "NO_FALLBACK",
          at("fallbackState"),
          "Fallback state is empty: say what people see when the profile is unknown or the sync fails (e.g. the generic onboarding flow).",
        ),
      );
    }
    const profile = profileId ? context.profiles.get(profileId) : undefined;
    if (channel && profile && TARGETED_CHANNELS.has(channel) && !profile.values.suppression) {
      result.push(
        finding(
          "NO_SUPPRESSION",
          at("profileId"),
          `Profile ${profileId} has no Suppression, yet it is activated on ${channel}. Add a Suppression on 3 Profiles row ${profile.row} (e.g. unsubscribed or is_customer) so people who opted out or already converted are not contacted.`,
        ),
      );
    }

    const purpose = purposeOf(activation);
    const usual = channel ? CHANNEL_CONSENT[channel] : null;
    if (activation.consentPurpose && usual && activation.consentPurpose !== usual) {
      result.push(
        finding(
          "CONSENT_OVERRIDE",
          at("consentPurpose"),
          `This ${channel} activation relies on consent for ${activation.consentPurpose} instead of ${usual}, which ${channel} normally needs. Keep it only if the messages truly fall under ${activation.consentPurpose} (e.g. strictly necessary service messages) and record why in 5 Governance; otherwise clear Consent purpose to use ${usual}.`,
        ),
      );
    }
    const stale: { id: string; cadence: string }[] = [];
    for (const attribute of attributesUsedBy(context, profileId)) {
      const id = attribute.values.attributeId!;
      if (purpose && !hasConsent(attribute.values, purpose)) {
        result.push(
          finding(
            "CONSENT_MISSING",
            at("consentPurpose"),
            `Attribute ${id} (used by profile ${profileId}) lacks consent for ${purpose}, which this ${channel ?? ""} activation needs. Add ${purpose} to its Consent purposes on 2 Attributes row ${attribute.row} once that consent is collected, or stop using ${id} in the profile.`,
          ),
        );
      }
      if (channel && THIRD_PARTY_CHANNELS.includes(channel) && attribute.values.sensitivity === "sensitive") {
        result.push(
          finding(
            "SENSITIVE_ACTIVATION",
            at("channel"),
            `Attribute ${id} is sensitive and feeds profile ${profileId} on ${channel}. Sensitive data never goes to ${THIRD_PARTY_CHANNELS.join(" or ")}: remove ${id} from the profile's logic or activate the profile on another channel.`,
          ),
        );
      }
      if (refreshesTooSlowly(attribute.values, activation)) stale.push({ id, cadence: attribute.values.refreshCadence ?? "" });
    }
    // One finding per activation, naming every stale attribute: the fix (the Latency need) is one cell.
    if (stale.length > 0) result.push(finding("FRESHNESS", at("latencyNeed"), freshnessMessage(stale, activation.latencyNeed ?? "")));
  }
  return result;
}

function freshnessMessage(stale: readonly { id: string; cadence: string }[], latency: string): string {
  if (stale.length === 1) {
    const [{ id, cadence }] = stale;
    return `Attribute ${id} refreshes ${cadence}, but this activation needs ${latency} freshness. Refresh ${id} more often at its source, or relax the Latency need.`;
  }
  const ids = stale.map((entry) => entry.id);
  const list = `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
  const cadences = stale.map((entry) => `${entry.id} ${entry.cadence}`).join(", ");
  return `Attributes ${list} refresh too slowly for this activation, which needs ${latency} freshness (${cadences}). Refresh them more often at their source, or relax the Latency need.`;
}
