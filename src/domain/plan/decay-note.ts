/**
 * The Decay window is how long membership lasts after a person stops
 * qualifying. The preview and the compiled SQL see only who qualifies now
 * (no qualification history), so they say, rather than silently ignore,
 * that they do not apply it; the plan file carries it as each decision
 * tree's membership TTL for the destination to apply.
 */
export function decayNote(profiles: readonly { profileId: string; decayWindow: string | null | undefined }[]): string {
  const decaying = profiles.filter((profile) => profile.decayWindow);
  if (decaying.length === 0) return "";
  const list = decaying.map((profile) => `${profile.profileId} ${profile.decayWindow}`).join(", ");
  return `Decay window not applied (${list}): this counts who qualifies now, since the data has no qualification history. The plan file passes each window to the destination as its membership TTL (decisionTrees).`;
}
