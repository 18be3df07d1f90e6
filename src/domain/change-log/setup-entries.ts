import type { ChangeLogEntry } from "../schema/change-log";
import { PLAN_SHEET } from "../schema/workbook";

export interface SetupChanges {
  created: readonly string[];
  upgraded: readonly { sheet: string; addedColumns: readonly string[] }[];
  /** Plan values setup wrote (the inputs, a new Plan ID, the default retry limit). */
  planFields: readonly { label: string; before: unknown; after: string | number }[];
}

/** What a Set up sheets run changed, as Change log rows (source setup); nothing when it changed nothing. */
export function setupEntries(changes: SetupChanges, timestamp: string, user: string): ChangeLogEntry[] {
  const entry = (
    sheet: string,
    rowKey: string | null,
    column: string | null,
    oldValue: string | null,
    newValue: string,
  ): ChangeLogEntry => ({ timestamp, user, sheet, rowKey, column, oldValue, newValue, source: "setup" });
  const text = (value: unknown) => (value === undefined || value === null || value === "" ? null : String(value));
  return [
    ...changes.created.map((sheet) => entry(sheet, null, null, null, "sheet created")),
    ...changes.upgraded.flatMap(({ sheet, addedColumns }) =>
      addedColumns.map((column) => entry(sheet, null, column, null, "column added")),
    ),
    ...changes.planFields.map((field) => entry(PLAN_SHEET.name, field.label, "Value", text(field.before), String(field.after))),
  ];
}
