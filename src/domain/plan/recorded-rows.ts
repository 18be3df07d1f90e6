import type * as z from "zod/mini";
import { describeColumns, recordedRow } from "../schema/columns";
import { TABLE_KEYS, TABLE_SHEETS, type TableKey } from "../schema/workbook";
import type { ParsedTables } from "../validation/workbook";

type RecordedSchema<K extends TableKey> = ReturnType<typeof recordedRow<(typeof TABLE_SHEETS)[K]["row"]["shape"]>>;

/** Each table's row as the plan file records it, built once per sheet of the registry (the plan's JSON Schema reads these). */
const recordedEntries = TABLE_KEYS.map((key): [TableKey, unknown] => [key, recordedRow(TABLE_SHEETS[key].row as z.ZodMiniObject)]);
// Each entry is built from its own sheet's row schema; the mapped type pairs them back by key.
export const RECORDED_ROWS = Object.fromEntries(recordedEntries) as { [K in TableKey]: RecordedSchema<K> };

export type RecordedRowOf<K extends TableKey> = z.output<RecordedSchema<K>>;

/** Rows as the plan records them: every column present (null when empty or invalid), invalid text kept. */
export function recordRows<K extends TableKey>(workbook: ParsedTables, key: K): RecordedRowOf<K>[] {
  const keys = describeColumns(TABLE_SHEETS[key].row).map((column) => column.key);
  const table: ParsedTables[TableKey] = workbook[key];
  return table.rows.map((row) => {
    const values: Record<string, unknown> = row.values;
    const recorded: Record<string, unknown> = Object.fromEntries(keys.map((column) => [column, values[column] ?? null]));
    if (row.invalid) recorded.invalid = { ...row.invalid };
    // Every key is a column of this sheet's row schema, holding its parsed value or null: the recorded schema's shape.
    return recorded as RecordedRowOf<K>;
  });
}
