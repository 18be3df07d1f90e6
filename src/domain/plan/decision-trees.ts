import type { ChannelLoad } from "../analysis/frequency";
import { byPriority } from "../preview/decision-tree";
import { toDuration } from "../schema/cell-values";
import type { Channel } from "../schema/vocabulary";
import type { ValidationContext } from "../validation/context";
import type { Finding } from "../validation/finding";

/**
 * What each channel's decision tree means, written down for the plan file:
 * its profiles in the order a person is offered them (Priority, blank
 * last, ties by sheet row, as the preview and the warehouse scan apply it),
 * which of them tie or are shadowed, each one's frequency cap, and how long
 * membership lasts after a person stops qualifying (Decay window → TTL).
 */
export function decisionTrees(context: ValidationContext, findings: readonly Finding[], loads: readonly ChannelLoad[]) {
  const activations = context.workbook.activations;
  const shadowedRows = new Set(findings.filter((f) => f.code === "SHADOWED_PROFILE" && f.sheet === activations.sheet).map((f) => f.row));
  const byChannel = new Map<
    Channel,
    { profileId: string; priority: number | null; row: number; frequencyCap: string | null; ttl: number | null }[]
  >();
  for (const row of activations.rows) {
    const { profileId, channel, frequencyCap } = row.values;
    const profile = profileId ? context.profiles.get(profileId) : undefined;
    if (!channel || !profile || !profileId) continue;
    const entries = byChannel.get(channel) ?? [];
    if (entries.some((entry) => entry.profileId === profileId)) continue;
    entries.push({
      profileId,
      priority: profile.values.priority ?? null,
      row: row.row,
      frequencyCap: frequencyCap ?? null,
      ttl: ttlHours(profile.values.decayWindow),
    });
    byChannel.set(channel, entries);
  }
  return [...byChannel].map(([channel, entries]) => {
    const ordered = byPriority(entries);
    return {
      channel,
      worstPerWeek: loads.find((load) => load.channel === channel)?.worstPerWeek ?? null,
      profiles: ordered.map((entry, index) => ({
        profileId: entry.profileId,
        priority: entry.priority,
        rank: index + 1,
        tiedWith: ordered.filter((other) => other !== entry && other.priority === entry.priority).map((other) => other.profileId),
        shadowed: shadowedRows.has(entry.row),
        frequencyCap: entry.frequencyCap,
        membershipTtlHours: entry.ttl,
      })),
    };
  });
}

function ttlHours(window: string | null | undefined): number | null {
  if (!window) return null;
  const duration = toDuration(window);
  return duration.ok ? duration.value.hours : null;
}
