import { normalizeLabel } from "../workbook/sheet-template";
import type { Finding, Severity } from "./finding";
import { addTo } from "../group-into";
import { type CellAt, type WriteBlock, writeBlocks } from "../write-blocks";

/**
 * Cell marks: validation's own block inside a cell's note, and a background by
 * severity. A note a person wrote is kept above the block; the colour the cell
 * had before marking is remembered in the block and restored once it is fixed.
 */
export const MARK = "⚑ Validation";
const BLOCK_SEPARATOR = "\n\n";
const WHITE = "#ffffff";
const REMEMBERED = /^\(colour before marking: (#[0-9a-f]{6})\)$/im;

export const SEVERITY_BACKGROUND: Record<Severity, string> = { error: "#f4c7c3", warning: "#fce8b2", info: "#d2e3fc" };
const OUR_COLOURS = new Set(Object.values(SEVERITY_BACKGROUND));
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface SplitNote {
  human: string;
  /** The background remembered in our block, or null when there is no block. */
  remembered: string | null;
  marked: boolean;
}

function splitNote(note: string): SplitNote {
  const start = note.startsWith(MARK) ? 0 : note.indexOf(BLOCK_SEPARATOR + MARK);
  if (start < 0) return { human: note, remembered: null, marked: false };
  const block = note.slice(start);
  return { human: note.slice(0, start), remembered: REMEMBERED.exec(block)?.[1]?.toLowerCase() ?? null, marked: true };
}

export interface CellMarks {
  notes: string[][];
  backgrounds: string[][];
  /** Where cells change (none when nothing does): only these blocks are written. */
  blocks: WriteBlock[];
}

/**
 * New notes and backgrounds for a sheet's data range (row 1 = header, left
 * alone). Only cells with findings, or marked by an earlier run, change.
 */
export function markCells(
  header: readonly unknown[],
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  findings: readonly Finding[],
): CellMarks {
  const columnOf = new Map(header.map((label, index) => [normalizeLabel(label), index]));
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const column = columnOf.get(normalizeLabel(f.column));
    if (f.row < 2 || f.row > notes.length || column === undefined) continue;
    const key = `${f.row - 1}:${column}`;
    addTo(byCell, key, f);
  }
  const nextNotes = notes.map((row) => [...row]);
  const nextBackgrounds = backgrounds.map((row) => [...row]);
  const changed: CellAt[] = [];
  for (let r = 1; r < notes.length; r++) {
    for (let c = 0; c < notes[r].length; c++) {
      const cellFindings = byCell.get(`${r}:${c}`);
      const split = splitNote(notes[r][c] ?? "");
      if (!cellFindings && !split.marked) continue;
      const current = (backgrounds[r][c] ?? WHITE).toLowerCase();
      const original = split.remembered ?? (split.marked ? WHITE : current);
      if (cellFindings) {
        const worst = cellFindings.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a)).severity;
        nextNotes[r][c] = (split.human ? split.human + BLOCK_SEPARATOR : "") + block(cellFindings, original);
        nextBackgrounds[r][c] = SEVERITY_BACKGROUND[worst];
      } else {
        nextNotes[r][c] = split.human;
        // A colour someone chose while the cell was marked is theirs to keep.
        nextBackgrounds[r][c] = OUR_COLOURS.has(current) ? original : current;
      }
      if (nextNotes[r][c] !== notes[r][c] || nextBackgrounds[r][c] !== backgrounds[r][c]) changed.push({ row: r, column: c });
    }
  }
  return { notes: nextNotes, backgrounds: nextBackgrounds, blocks: writeBlocks(changed) };
}

function block(findings: readonly Finding[], original: string): string {
  const lines = findings.map((f) => `${f.severity.toUpperCase()} ${f.code}: ${f.message}`);
  const remember = original !== WHITE && !OUR_COLOURS.has(original) ? [`(colour before marking: ${original})`] : [];
  return [MARK, ...lines, ...remember].join("\n");
}
