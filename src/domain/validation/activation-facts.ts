import type { Activation } from "../schema/activations";
import type { Attribute } from "../schema/attributes";
import { CHANNEL_CONSENT, REFRESH_CADENCES, LATENCY_NEEDS, type ConsentPurpose } from "../schema/vocabulary";
import type { ValidationContext } from "./context";
import type { TableRow } from "./tables";

/** The purpose an activation relies on: its own, or its channel's default. */
export function purposeOf(activation: Partial<Activation>): ConsentPurpose | null {
  if (activation.consentPurpose) return activation.consentPurpose;
  return activation.channel ? CHANNEL_CONSENT[activation.channel] : null;
}

const NONE: readonly TableRow<Attribute>[] = [];

export function attributesUsedBy(context: ValidationContext, profileId: string | null | undefined): readonly TableRow<Attribute>[] {
  return (profileId && context.usedAttributes.get(profileId)) || NONE;
}

export function hasConsent(attribute: Partial<Attribute>, purpose: ConsentPurpose): boolean {
  return attribute.consentPurposes?.includes(purpose) ?? false;
}

/** Hours between refreshes, and the hours an activation's latency need allows. */
const CADENCE_RANK = new Map<string, number>(REFRESH_CADENCES.map((cadence, index) => [cadence, index]));
const LATENCY_RANK = new Map<string, number>(LATENCY_NEEDS.map((need) => [need, CADENCE_RANK.get(need)!]));

export function refreshesTooSlowly(attribute: Partial<Attribute>, activation: Partial<Activation>): boolean {
  if (!attribute.refreshCadence || !activation.latencyNeed) return false;
  return CADENCE_RANK.get(attribute.refreshCadence)! > LATENCY_RANK.get(activation.latencyNeed)!;
}

export const TARGETED_CHANNELS = new Set(["email", "ads", "sales"]);
