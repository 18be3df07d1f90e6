import { describeColumns } from "../schema/columns";
import type { SheetSpec } from "../schema/workbook";
import type { Table } from "../validation/tables";
import type { RecordedRow } from "./plan-document";

/** Rows as the plan records them: every column present (null when empty or invalid), invalid text kept. */
export function recordRows<T>(spec: SheetSpec, table: Table<T>): RecordedRow[] {
  const keys = describeColumns(spec.row).map((column) => column.key);
  return table.rows.map((row) => {
    const values = row.values as Record<string, unknown>;
    const recorded: RecordedRow = Object.fromEntries(keys.map((key) => [key, values[key] ?? null]));
    if (row.invalid) recorded.invalid = { ...row.invalid };
    return recorded;
  });
}
