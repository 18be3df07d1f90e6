// Audience preview on sample people: per profile how many are eligible and
// how many remain members after suppression and the score threshold; per
// channel the decision tree; between profiles the overlap matrix (the
// sidebar draws it as a heat map). Each expression runs once per person.

import type { Person } from "../logic";
import { bitset, count, countBoth, setBit } from "./bitset";
import { decisionTree } from "./decision-tree";
import type { DecisionTree, ShadowedProfile, TreeProfile } from "./decision-tree";
import { membershipOf } from "./membership";
import type { ProfileEvaluator } from "./membership";

export interface Activation {
  profileId: string;
  channel: string;
}

export interface ProfileAudience {
  profileId: string;
  /** Eligibility is true. */
  eligible: number;
  /** Eligible, but suppression is true. */
  suppressed: number;
  /** Eligible, not suppressed, but the score is missing or below the threshold. */
  belowThreshold: number;
  members: number;
}

export interface OverlapMatrix {
  profileIds: string[];
  /** counts[i][j]: people in both profile i and profile j; the diagonal is each profile's members. */
  counts: number[][];
}

export interface AudiencePreview {
  people: number;
  profiles: ProfileAudience[];
  channels: DecisionTree[];
  /** Every channel's shadowed profiles, ready to become SHADOWED_PROFILE findings. */
  shadowed: ShadowedProfile[];
  overlap: OverlapMatrix;
}

export interface PreviewInput {
  profiles: readonly ProfileEvaluator[];
  activations: readonly Activation[];
  people: readonly Person[];
  now: Date;
}

export function previewAudiences({ profiles, activations, people, now }: PreviewInput): AudiencePreview {
  const audiences: ProfileAudience[] = [];
  const trees: TreeProfile[] = [];
  for (const profile of profiles) {
    const audience: ProfileAudience = { profileId: profile.id, eligible: 0, suppressed: 0, belowThreshold: 0, members: 0 };
    const members = bitset(people.length);
    for (let i = 0; i < people.length; i++) {
      const membership = membershipOf(profile, people[i], now);
      if (membership === "not eligible") continue;
      audience.eligible++;
      if (membership === "suppressed") audience.suppressed++;
      else if (membership === "below threshold") audience.belowThreshold++;
      else setBit(members, i);
    }
    audience.members = count(members);
    audiences.push(audience);
    trees.push({ id: profile.id, priority: profile.priority ?? null, members, memberCount: audience.members });
  }
  const channels = channelTrees(trees, activations, people.length);
  return {
    people: people.length,
    profiles: audiences,
    channels,
    shadowed: channels.flatMap((tree) => tree.shadowed),
    overlap: overlapMatrix(trees),
  };
}

/** The matrix is symmetric: each pair is counted once. */
function overlapMatrix(trees: readonly TreeProfile[]): OverlapMatrix {
  const counts = trees.map((_t) => trees.map(() => 0));
  trees.forEach((a, i) => {
    counts[i][i] = a.memberCount;
    for (let j = i + 1; j < trees.length; j++) counts[i][j] = counts[j][i] = countBoth(a.members, trees[j].members);
  });
  return { profileIds: trees.map((t) => t.id), counts };
}

/** Channels in the order activations name them; an activation of an unknown profile is skipped (validation reports it). */
function channelTrees(trees: readonly TreeProfile[], activations: readonly Activation[], people: number): DecisionTree[] {
  const byId = new Map(trees.map((t) => [t.id, t]));
  const onChannel = new Map<string, TreeProfile[]>();
  for (const { profileId, channel } of activations) {
    const profile = byId.get(profileId);
    if (!profile) continue;
    const list = onChannel.get(channel) ?? [];
    if (!list.includes(profile)) list.push(profile);
    onChannel.set(channel, list);
  }
  return [...onChannel].map(([channel, list]) => decisionTree(channel, list, people));
}
