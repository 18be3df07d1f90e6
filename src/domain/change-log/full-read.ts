import type { ChangeLogEntry } from "../schema/change-log";
import type { RawWorkbook } from "../validation";
import { cellText } from "./cell-text";
import { compareRows } from "./row-changes";
import { rebaseRows, seedRows, type SheetSnapshot } from "./snapshot-blocks";
import { STAGE_SHEET_NAMES, type StageSheet } from "./stage-sheets";

export interface FullReadUpdate {
  /** The rows deleted and inserted since the snapshot, as Change log rows. */
  entries: ChangeLogEntry[];
  blocks: Set<number>;
  /** Whether the sheet's last row is to be stored too. */
  meta: boolean;
}

/**
 * A full read of a stage sheet (Validate's, at `at`) against the snapshot:
 * the rows deleted and inserted since, logged at `timestamp` (when they were
 * found; who made them no event says). When rows moved, the snapshot's row
 * numbers no longer line up and it starts again from this read; otherwise
 * the read only seeds what the snapshot does not know.
 */
export function applyFullRead(
  stage: StageSheet,
  snapshot: SheetSnapshot,
  rows: readonly (readonly string[])[],
  at: number,
  timestamp: string,
): FullReadUpdate {
  const { changes, moved } = compareRows(stage, snapshot, rows);
  const entries = changes.map((change): ChangeLogEntry => ({ timestamp, user: "", sheet: stage.name, source: "edit", ...change }));
  if (entries.length > 0 || moved) return { entries, blocks: rebaseRows(snapshot, rows, at), meta: true };
  const hadLastRow = snapshot.lastRow !== null;
  return { entries, blocks: seedRows(snapshot, rows, at), meta: !hadLastRow };
}

/** The stage sheets of a workbook read by readWorkbook, as the snapshot's text (dates already calendar text). */
export function stageSheetTexts(raw: RawWorkbook): Map<string, string[][]> {
  const sheets = new Map<string, string[][]>();
  for (const name of STAGE_SHEET_NAMES) {
    const values = raw[name];
    if (values)
      sheets.set(
        name,
        values.map((row) => row.map((cell) => cellText(cell, (date) => date.toISOString()))),
      );
  }
  return sheets;
}
