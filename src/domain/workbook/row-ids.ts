import { describeColumns } from "../schema/columns";
import type { SheetSpec } from "../schema/workbook";
import { normalizeLabel } from "./sheet-template";

/**
 * The IDs a table sheet holds, in row order, each once: what the sidebar
 * offers to pick from (Where used, Show SQL). The key column is found by its
 * header label, so a moved column still counts; blank IDs are skipped.
 */
export function rowIds(spec: SheetSpec, values: readonly (readonly unknown[])[]): string[] {
  const label = describeColumns(spec.row).find((column) => column.key === spec.keyColumn)?.label;
  const column = (values[0] ?? []).findIndex((cell) => normalizeLabel(cell) === normalizeLabel(label));
  if (column < 0) return [];
  const ids = new Set<string>();
  for (const row of values.slice(1)) {
    const id = String(row[column] ?? "").trim();
    if (id) ids.add(id);
  }
  return [...ids];
}
