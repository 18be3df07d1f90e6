import type { SetupResult } from "../../src/domain/api/contract";

export interface SetupReportLines {
  created: string | null;
  upgraded: string[];
  unchanged: boolean;
  skipped: { sheet: string; reason: string }[];
  /** The button that removes the empty default sheet, when this run offered it. */
  removeLabel: string | null;
}

/** What the sidebar says once the offered sheet is gone. */
export const removedLine = (sheet: string): string => `Removed the empty ${sheet}.`;

/** Turns a setupSheets result into the sentences the sidebar shows after a run. */
export function describeSetup(result: SetupResult): SetupReportLines {
  const created =
    result.created.length > 0
      ? `Created ${result.created.length === 1 ? "1 sheet" : `${result.created.length} sheets`}: ${result.created.join(", ")}.`
      : null;
  const upgraded = result.upgraded
    .filter((entry) => entry.addedColumns.length > 0)
    .map((entry) => `${entry.sheet}: added ${entry.addedColumns.join(", ")}.`);
  return {
    created,
    upgraded,
    unchanged: created === null && upgraded.length === 0,
    skipped: result.skipped,
    removeLabel: result.emptySheet ? `Remove the empty ${result.emptySheet}` : null,
  };
}
