// A channel's decision tree: its profiles in priority order, each person
// going to the first profile they belong to. A profile with members that
// receives nobody is shadowed: higher-priority profiles take all of them.
// The lead turns each shadowed entry into a SHADOWED_PROFILE finding.

import { countBoth, takeFrom } from "./bitset";
import type { Bitset } from "./bitset";

export interface TreeProfile {
  id: string;
  priority: number | null;
  members: Bitset;
  memberCount: number;
}

export interface TreeBranch {
  profileId: string;
  priority: number | null;
  /** People who belong to the profile. */
  members: number;
  /** People the channel actually gives this profile (not taken by an earlier one). */
  receives: number;
}

export interface ShadowedProfile {
  channel: string;
  profileId: string;
  /** The higher-priority profiles on the channel that take this profile's members. */
  shadowedBy: string[];
}

export interface DecisionTree {
  channel: string;
  branches: TreeBranch[];
  /** People who receive some profile on this channel. */
  reached: number;
  shadowed: ShadowedProfile[];
}

/** Priority ascending, unnumbered last; equal priorities keep the order given. */
export function byPriority<T extends { priority: number | null }>(profiles: readonly T[]): T[] {
  const rank = (p: T): number => p.priority ?? Number.POSITIVE_INFINITY;
  return profiles
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p);
}

export function decisionTree(channel: string, profiles: readonly TreeProfile[], people: number): DecisionTree {
  const ordered = byPriority(profiles);
  const remaining = new Uint32Array(Math.ceil(people / 32)).fill(0xffffffff);
  const branches: TreeBranch[] = [];
  const shadowed: ShadowedProfile[] = [];
  let reached = 0;
  ordered.forEach((profile, index) => {
    const receives = takeFrom(profile.members, remaining);
    reached += receives;
    branches.push({ profileId: profile.id, priority: profile.priority, members: profile.memberCount, receives });
    if (receives === 0 && profile.memberCount > 0) {
      const earlier = ordered.slice(0, index).filter((other) => countBoth(other.members, profile.members) > 0);
      shadowed.push({ channel, profileId: profile.id, shadowedBy: earlier.map((other) => other.id) });
    }
  });
  return { channel, branches, reached, shadowed };
}
