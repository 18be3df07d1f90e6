import type { PreviewReport } from "../../src/domain/api/insight";

export type Branch = PreviewReport["channels"][number]["branches"][number];

/**
 * Profiles a channel's decision tree never reaches although people qualify:
 * everyone they match is taken by a higher-priority profile (the same rule
 * as the preview's SHADOWED_PROFILE findings). Keys are "channel:profileId".
 */
export function shadowedProfiles(channels: PreviewReport["channels"]): Set<string> {
  const shadowed = new Set<string>();
  for (const channel of channels) {
    for (const branch of channel.branches)
      if (branch.members > 0 && branch.receives === 0) shadowed.add(`${channel.channel}:${branch.profileId}`);
  }
  return shadowed;
}

/** Branches in the order the tree tries them: priority 1 first, unprioritised last. */
export function treeOrder(branches: readonly Branch[]): Branch[] {
  const rank = (branch: Branch) => branch.priority ?? Number.POSITIVE_INFINITY;
  return [...branches].sort((a, b) => rank(a) - rank(b) || a.profileId.localeCompare(b.profileId));
}

export function people(count: number): string {
  return count === 1 ? "1 person" : `${count.toLocaleString("en-US")} people`;
}

/** "Based on all 120 rows" or "Based on 5,000 of 1,000,000 rows". */
export function sampleLine(report: Pick<PreviewReport, "totalRows" | "rowsUsed">): string {
  if (report.totalRows === 0) return "The Sample data sheet has no rows yet.";
  if (report.rowsUsed === report.totalRows) return `Based on all ${report.totalRows.toLocaleString("en-US")} sample rows.`;
  return `Based on ${report.rowsUsed.toLocaleString("en-US")} of ${report.totalRows.toLocaleString("en-US")} sample rows.`;
}

/** The largest count off the diagonal: the diagonal is each profile's own size and would wash out the overlaps. */
export function overlapMax(counts: readonly (readonly number[])[]): number {
  let max = 0;
  counts.forEach((row, i) => row.forEach((count, j) => i !== j && (max = Math.max(max, count))));
  return max;
}

const LIGHT = [255, 255, 255];
const DARK = [23, 78, 166]; // --blue-dark
const TEXT_DARK = "#202124";
const TEXT_LIGHT = "#ffffff";

/**
 * A heat-map cell's colours: white to dark blue by the share of the largest
 * overlap. Between about 66 % and 77 % of the way to dark blue neither dark
 * nor white text reaches 4.5:1, so the scale skips that band: the lower half
 * of shares (dark text) ends before it, the upper half (white text) starts
 * after it. The count is always printed too: colour never carries the
 * meaning alone.
 */
export function heatColours(count: number, max: number): { background: string; color: string; share: number } {
  const share = max > 0 ? Math.min(1, count / max) : 0;
  const upper = share >= 0.5;
  const mix = upper ? 0.8 + (share - 0.5) * 0.4 : share * 1.3;
  const channel = (i: number) => Math.round(LIGHT[i] + (DARK[i] - LIGHT[i]) * mix);
  return { background: `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`, color: upper ? TEXT_LIGHT : TEXT_DARK, share };
}
