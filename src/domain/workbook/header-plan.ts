import { normalizeLabel, type SheetTemplate, type TemplateColumn } from "./sheet-template";

/**
 * How Set up sheets treats a sheet's existing row 1. Columns are matched by
 * label, never by position, so reordered or inserted columns keep working.
 */
export type HeaderPlan =
  | { kind: "create" }
  | { kind: "foreign"; reason: string }
  | { kind: "upgrade"; found: Map<string, number>; missing: TemplateColumn[]; firstFreeColumn: number };

/** 1-based column of each template column found in row 1 (first occurrence wins). */
export function locateColumns(headerRow: readonly unknown[], columns: readonly TemplateColumn[]): Map<string, number> {
  const positions = new Map<string, number>();
  headerRow.forEach((cell, index) => {
    const label = normalizeLabel(cell);
    if (label && !positions.has(label)) positions.set(label, index + 1);
  });
  const found = new Map<string, number>();
  for (const column of columns) {
    const position = positions.get(normalizeLabel(column.label));
    if (position !== undefined) found.set(column.key, position);
  }
  return found;
}

export function planHeaders(template: SheetTemplate, headerRow: readonly unknown[]): HeaderPlan {
  const lastUsed = lastNonEmptyIndex(headerRow);
  if (lastUsed < 0) return { kind: "create" };
  const found = locateColumns(headerRow, template.headers);
  const keyColumn = template.spec.layout === "keyValue" ? "field" : template.spec.keyColumn;
  if (!found.has(keyColumn)) {
    const keyLabel = template.headers.find((column) => column.key === keyColumn)?.label ?? keyColumn;
    return {
      kind: "foreign",
      reason:
        `Sheet "${template.spec.name}" already exists but its first row has no "${keyLabel}" column, so it does not look like this add-on's sheet. ` +
        `It was left untouched. Rename it (for example to "${template.spec.name} (old)") and run Set up sheets again.`,
    };
  }
  const missing = template.headers.filter((column) => !found.has(column.key));
  return { kind: "upgrade", found, missing, firstFreeColumn: lastUsed + 2 };
}

function lastNonEmptyIndex(row: readonly unknown[]): number {
  for (let index = row.length - 1; index >= 0; index--) if (normalizeLabel(row[index]) !== "") return index;
  return -1;
}
