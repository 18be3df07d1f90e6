import { boundingRegion, editRegion, type GridCell, type GridProperty, type SheetEdit } from "./sheet-edits";
import { addTo } from "../group-into";

/** What a cell of a sheet just inserted holds, per property: the filler of gaps between merged edits. */
const BLANK: Record<GridProperty, GridCell> = { values: "", notes: "", backgrounds: null, weights: "normal" };

/**
 * On a sheet the operation has just inserted, the cell edits of one property
 * (the header, the data rows, the Plan's labels and values) become one write
 * over the rectangle holding them: every other cell there is blank anyway,
 * so writing it blank changes nothing. One setValues instead of one per
 * edit. The merged edit takes the first one's place; later edits win where
 * they overlap, as they would applied in order.
 */
export function mergeCellEdits(edits: readonly SheetEdit[]): SheetEdit[] {
  const byProperty = new Map<GridProperty, Extract<SheetEdit, { kind: "cells" }>[]>();
  for (const edit of edits) if (edit.kind === "cells") addTo(byProperty, edit.property, edit);
  const merged = new Map<GridProperty, SheetEdit>();
  for (const [property, group] of byProperty) {
    if (group.length < 2) continue;
    const region = boundingRegion(group.map((edit) => editRegion(edit)!))!;
    const cells: GridCell[][] = Array.from({ length: region.rows }, () => Array(region.columns).fill(BLANK[property]));
    for (const edit of group)
      edit.cells.forEach((line, r) =>
        line.forEach((cell, c) => (cells[edit.row - region.row + r][edit.column - region.column + c] = cell)),
      );
    merged.set(property, { kind: "cells", property, row: region.row, column: region.column, cells });
  }
  const placed = new Set<GridProperty>();
  return edits.flatMap((edit) => {
    if (edit.kind !== "cells" || !merged.has(edit.property)) return [edit];
    if (placed.has(edit.property)) return [];
    placed.add(edit.property);
    return [merged.get(edit.property)!];
  });
}
