import type { ChangedSinceExport } from "../api/collaboration";
import * as z from "zod/mini";

/** Stored between executions; absent while the workbook matches the last export. */
export const ChangeMarker = z.object({ sheets: z.array(z.string()), edits: z.number(), since: z.string() });
export type ChangeMarker = z.output<typeof ChangeMarker>;

export type ChangedSinceExportView = z.output<typeof ChangedSinceExport>;

export const UNCHANGED: ChangedSinceExportView = { changed: false, sheets: [], edits: 0, since: null };

export function viewOf(marker: ChangeMarker | null): ChangedSinceExportView {
  return marker ? { changed: true, sheets: marker.sheets, edits: marker.edits, since: marker.since } : UNCHANGED;
}

/** Adds changes to the marker; `newSheet` says whether the Plan sheet's line must be rewritten. */
export function markChanged(
  marker: ChangeMarker | null,
  sheets: readonly string[],
  edits: number,
  at: string,
): { marker: ChangeMarker; newSheet: boolean } {
  const known = new Set(marker?.sheets ?? []);
  const added = sheets.filter((sheet) => !known.has(sheet));
  return {
    marker: { sheets: [...(marker?.sheets ?? []), ...added], edits: (marker?.edits ?? 0) + edits, since: marker?.since ?? at },
    newSheet: added.length > 0,
  };
}

/** The Plan sheet's "Changed since export" value, a line people notice beside the inputs. */
export function changedSinceExportText(marker: ChangeMarker | null, lastExport: { version: number; at: string } | null): string {
  const after = lastExport ? `v${lastExport.version} (exported ${lastExport.at.slice(0, 10)})` : "the first export";
  if (!marker) return lastExport ? `No: the workbook matches ${after}.` : "Not exported yet.";
  return `Yes: ${marker.sheets.join(", ")} changed since ${after}. The next export lists the changes field by field.`;
}
