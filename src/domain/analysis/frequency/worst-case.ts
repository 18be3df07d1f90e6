// Worst-case messages per person per week, per channel. A channel's decision
// tree gives a person at most one profile, so the worst case is the profile
// whose activations on that channel send the most; a profile with several
// activations on one channel (two destinations) sends through all of them.

import type { Channel } from "../../schema/vocabulary";
import { CHANNEL_DEFAULT_CAPS, messagesPerWeek } from "./frequency-cap";
import type { FrequencyCap } from "./frequency-cap";

export interface CappedActivation {
  profileId: string;
  channel: Channel;
  /** Parsed Frequency cap; null when blank (or unreadable, already reported) → the channel's default. */
  cap: FrequencyCap | null;
}

export interface ProfileLoad {
  profileId: string;
  priority: number | null;
  messagesPerWeek: number;
  /** True when at least one of its activations fell back to the channel's default cap. */
  usesDefault: boolean;
}

export interface ChannelLoad {
  channel: Channel;
  /** The most messages a person can get on this channel in any 7 days. */
  worstPerWeek: number;
  /** The profile responsible for the worst case. */
  worstProfileId: string;
  /** Every profile on the channel, in priority order (no priority last). */
  profiles: ProfileLoad[];
}

export function worstCasePerWeek(activations: readonly CappedActivation[], priorities: ReadonlyMap<string, number | null>): ChannelLoad[] {
  const byChannel = new Map<Channel, Map<string, ProfileLoad>>();
  for (const activation of activations) {
    const loads = byChannel.get(activation.channel) ?? new Map<string, ProfileLoad>();
    byChannel.set(activation.channel, loads);
    const load = loads.get(activation.profileId) ?? {
      profileId: activation.profileId,
      priority: priorities.get(activation.profileId) ?? null,
      messagesPerWeek: 0,
      usesDefault: false,
    };
    load.messagesPerWeek += messagesPerWeek(activation.cap ?? CHANNEL_DEFAULT_CAPS[activation.channel]);
    load.usesDefault ||= activation.cap === null;
    loads.set(activation.profileId, load);
  }
  return [...byChannel].map(([channel, loads]) => {
    const rank = (load: ProfileLoad) => load.priority ?? Number.MAX_SAFE_INTEGER;
    const profiles = [...loads.values()].sort((a, b) => rank(a) - rank(b));
    const worst = profiles.reduce((max, load) => (load.messagesPerWeek > max.messagesPerWeek ? load : max));
    return { channel, worstPerWeek: worst.messagesPerWeek, worstProfileId: worst.profileId, profiles };
  });
}
