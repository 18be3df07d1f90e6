import { HEADER_BACKGROUND } from "./protections";
import { changedSpan, type DropdownRule, type SheetEdit } from "./sheet-edits";
import type { TemplateColumn } from "./sheet-template";

/** Row 1 as read: values, notes, font weights and backgrounds, one entry per column (shorter when unread). */
export interface HeaderView {
  values: readonly unknown[];
  notes: readonly string[];
  weights: readonly string[];
  backgrounds: readonly string[];
}

export const EMPTY_HEADER: HeaderView = { values: [], notes: [], weights: [], backgrounds: [] };

const sameColor = (a: unknown, b: unknown) => String(a ?? "#ffffff").toLowerCase() === String(b ?? "#ffffff").toLowerCase();
const sameWeight = (a: unknown, b: unknown) => (a || "normal") === (b || "normal");

/**
 * Row 1 formats: bold and tinted across the header, each template column's
 * note (a collaborator's notes on their own columns are kept), frozen.
 * Only what differs is written; a created sheet also gets wrapped labels.
 */
export function headerFormatEdits(
  header: HeaderView,
  positions: ReadonlyMap<string, number>,
  columns: readonly TemplateColumn[],
  width: number,
  created: boolean,
): SheetEdit[] {
  const line = { row: 1, column: 1, along: "row" } as const;
  const notes = Array.from({ length: width }, (_, index) => header.notes[index] ?? "");
  for (const column of columns) {
    const position = positions.get(column.key);
    if (position !== undefined && position <= width) notes[position - 1] = column.note;
  }
  const edits = [
    ...changedSpan("notes", line, header.notes, notes),
    ...changedSpan("weights", line, header.weights, Array(width).fill("bold"), sameWeight),
    ...changedSpan("backgrounds", line, header.backgrounds, Array(width).fill(HEADER_BACKGROUND), sameColor),
  ];
  if (created) edits.push({ kind: "wrap", region: { row: 1, column: 1, rows: 1, columns: width } });
  return edits;
}

/**
 * Widths only for columns the operation adds (a width someone chose is
 * theirs), in as few calls as it takes: equal neighbours share one call, or,
 * when that is fewer, one call sets every added column to the commonest
 * width and runs of the others follow.
 */
export function widthEdits(positions: ReadonlyMap<string, number>, added: readonly TemplateColumn[]): SheetEdit[] {
  const placed = added
    .map((column) => ({ position: positions.get(column.key), width: column.width }))
    .filter((column): column is { position: number; width: number } => column.position !== undefined)
    .sort((a, b) => a.position - b.position);
  const byRuns = runsOf(placed);
  const contiguous = placed.every((column, index) => index === 0 || column.position === placed[index - 1].position + 1);
  if (!contiguous || placed.length === 0) return byRuns;
  const counts = new Map<number, number>();
  for (const column of placed) counts.set(column.width, (counts.get(column.width) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const painted: SheetEdit[] = [
    { kind: "widths", column: placed[0].position, count: placed.length, width: common },
    ...runsOf(placed.filter((column) => column.width !== common)),
  ];
  return painted.length < byRuns.length ? painted : byRuns;
}

function runsOf(placed: readonly { position: number; width: number }[]): SheetEdit[] {
  const edits: SheetEdit[] = [];
  for (let start = 0; start < placed.length; ) {
    let end = start + 1;
    while (end < placed.length && placed[end].width === placed[start].width && placed[end].position === placed[end - 1].position + 1) end++;
    edits.push({ kind: "widths", column: placed[start].position, count: end - start, width: placed[start].width });
    start = end;
  }
  return edits;
}

export const dropdownRule = (label: string, values: readonly string[]): DropdownRule => ({
  values,
  helpText: `${label}: choose one of ${values.join(", ")}.`,
});

/** Every enum column's dropdown on rows fromRow..toRow, in one edit (written as one grid or a rule a column: dropdown-columns.ts); other columns keep theirs. */
export function dropdownEdits(
  positions: ReadonlyMap<string, number>,
  columns: readonly TemplateColumn[],
  fromRow: number,
  toRow: number,
): SheetEdit[] {
  const byColumn = new Map<number, DropdownRule>();
  for (const column of columns) {
    const position = positions.get(column.key);
    if (column.dropdown && position !== undefined) byColumn.set(position, dropdownRule(column.label, column.dropdown));
  }
  if (toRow < fromRow || byColumn.size === 0) return [];
  const first = Math.min(...byColumn.keys());
  const width = Math.max(...byColumn.keys()) - first + 1;
  const line = Array.from({ length: width }, (_, offset) => byColumn.get(first + offset));
  const rows = toRow - fromRow + 1;
  return [
    { kind: "dropdowns", region: { row: fromRow, column: first, rows, columns: width }, rules: Array.from({ length: rows }, () => line) },
  ];
}
