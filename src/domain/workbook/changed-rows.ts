/** A cell as a person would compare it: dates by their instant, empty and missing alike. */
const cellKey = (value: unknown): string =>
  value instanceof Date ? `d:${value.getTime()}` : value === null || value === undefined ? "" : `${typeof value}:${String(value)}`;

const rowKey = (row: readonly unknown[] | undefined): string => {
  const cells = (row ?? []).map(cellKey);
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells.join("\u0000");
};

/**
 * How many data rows (below the header) differ between two reads of a sheet:
 * an import that writes back what is already there changes none.
 */
export function changedRowCount(before: readonly (readonly unknown[])[], after: readonly (readonly unknown[])[]): number {
  let changed = 0;
  for (let index = 1; index < Math.max(before.length, after.length); index++) if (rowKey(before[index]) !== rowKey(after[index])) changed++;
  return changed;
}
