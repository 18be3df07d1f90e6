import type { DriveItem } from "./drive-files";

/**
 * The version an export gets: one more than any this plan has had, in the
 * export state, in the last plan file, or as a -v<N> copy in the folder. A
 * copy that a failed run could not remove (an orphan) therefore never has
 * its name taken again: its version is skipped, not reused, so two files
 * never share a -v<N> name and the orphan is never mistaken for a final
 * version (only the copies the export state lists are final).
 */
export function nextVersion(
  planId: string,
  recorded: { state: number | null; lastFile: number | null },
  children: readonly DriveItem[],
): number {
  const prefix = `plan-${planId}-v`;
  const copies = children
    .filter((child) => !child.trashed && child.name.startsWith(prefix) && child.name.endsWith(".json"))
    .map((child) => Number(child.name.slice(prefix.length, -".json".length)))
    .filter((n) => Number.isInteger(n) && n > 0);
  return Math.max(recorded.state ?? 0, recorded.lastFile ?? 0, ...copies) + 1;
}

export const finalCopyName = (planId: string, version: number) => `plan-${planId}-v${version}.json`;
