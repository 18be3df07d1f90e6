import * as z from "zod/mini";
import { enumColumn, textColumn } from "./columns";
import { CHANGE_SOURCES } from "./vocabulary";

/** One change as the add-on logs it. */
export const ChangeLogEntryRow = z.object({
  timestamp: textColumn({ label: "Timestamp", note: "When the change happened (ISO 8601, UTC).", required: true }),
  user: textColumn({ label: "User", note: "Who made the change." }),
  sheet: textColumn({ label: "Sheet", note: "The sheet changed." }),
  rowKey: textColumn({ label: "Row key", note: "The ID of the row changed." }),
  column: textColumn({ label: "Column", note: "The column changed." }),
  oldValue: textColumn({ label: "Old value", note: "The value before the change." }),
  newValue: textColumn({ label: "New value", note: "The value after the change." }),
  source: enumColumn(CHANGE_SOURCES, { label: "Source", note: `What made the change: ${CHANGE_SOURCES.join(", ")}.`, required: true }),
});

export type ChangeLogEntry = z.output<typeof ChangeLogEntryRow>;

/**
 * The audit trail's sheet row: append-only, written only by the add-on. The
 * hash is computed as the row is appended (change-log/hash-chain.ts), so an
 * edited or removed row breaks the chain from there on.
 */
export const ChangeLogRow = z.extend(ChangeLogEntryRow, {
  hash: textColumn({
    label: "Hash",
    note: "SHA-256 of the previous row's hash and this row's cells: Validate reports the first row that does not chain (LOG_TAMPERED).",
  }),
});
