import { boundingRegion, editRegion, type GridCell, type GridProperty, type SheetEdit } from "./sheet-edits";
import { addTo } from "../group-into";
import { type CellAt, writeBlocks } from "../write-blocks";

/** What a cell of a sheet just inserted holds, per property: the filler of gaps between merged edits. */
const BLANK: Record<GridProperty, GridCell> = { values: "", notes: "", backgrounds: null, weights: "normal" };

type CellsEdit = Extract<SheetEdit, { kind: "cells" }>;

/**
 * On a sheet the operation has just inserted, the cell edits of one property
 * (the header, the data rows, the Plan's labels and values) become the
 * fewest writes that cover what is not blank: every other cell there is
 * blank already, so it needs no writing. Usually one setValues instead of
 * one per edit; a header over data with empty columns (no Privacy notes
 * typed anywhere) is written apart from the columns that hold something,
 * when the cells saved pay for the calls (write-blocks.ts). The writes take
 * the first edit's place; later edits win where they overlap, as they would
 * applied in order.
 */
export function mergeCellEdits(edits: readonly SheetEdit[]): SheetEdit[] {
  const byProperty = new Map<GridProperty, CellsEdit[]>();
  for (const edit of edits) if (edit.kind === "cells") addTo(byProperty, edit.property, edit);
  const merged = new Map<GridProperty, SheetEdit[]>();
  for (const [property, group] of byProperty) merged.set(property, blankFree(property, group));
  const placed = new Set<GridProperty>();
  return edits.flatMap((edit) => {
    if (edit.kind !== "cells") return [edit];
    if (placed.has(edit.property)) return [];
    placed.add(edit.property);
    return merged.get(edit.property)!;
  });
}

/** The group's cells laid over one blank grid, then cut into the blocks that hold what is not blank. */
function blankFree(property: GridProperty, group: readonly CellsEdit[]): CellsEdit[] {
  const region = boundingRegion(group.map((edit) => editRegion(edit)!))!;
  const blank = BLANK[property];
  const cells: GridCell[][] = Array.from({ length: region.rows }, () => Array(region.columns).fill(blank));
  for (const edit of group)
    edit.cells.forEach((line, r) => line.forEach((cell, c) => (cells[edit.row - region.row + r][edit.column - region.column + c] = cell)));
  const written: CellAt[] = [];
  cells.forEach((line, row) => line.forEach((cell, column) => cell !== blank && written.push({ row, column })));
  return writeBlocks(written).map((block) => ({
    kind: "cells",
    property,
    row: region.row + block.row,
    column: region.column + block.column,
    cells: cells.slice(block.row, block.row + block.numRows).map((line) => line.slice(block.column, block.column + block.numColumns)),
  }));
}
