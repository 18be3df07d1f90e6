import type { ChangeLogEntry } from "../schema/change-log";

/** A Change log row read back, by column key ("" for an empty cell). */
export type LoggedRow = Partial<Record<keyof ChangeLogEntry, string>>;

const FIELDS: readonly (keyof ChangeLogEntry)[] = ["timestamp", "user", "sheet", "rowKey", "column", "oldValue", "newValue", "source"];

const signature = (row: LoggedRow | ChangeLogEntry, fields = FIELDS) => fields.map((field) => String(row[field] ?? "")).join("\u0000");

/**
 * Whether every one of `entries` is among the log's last rows: then a run
 * appended them and stopped before it could remove them from where they were
 * parked. Each logged row vouches for one entry only.
 */
export function loggedAlready(tail: readonly LoggedRow[], entries: readonly ChangeLogEntry[]): boolean {
  if (entries.length === 0) return false;
  const available = new Map<string, number>();
  for (const row of tail) available.set(signature(row), (available.get(signature(row)) ?? 0) + 1);
  return entries.every((entry) => {
    const left = available.get(signature(entry)) ?? 0;
    available.set(signature(entry), left - 1);
    return left > 0;
  });
}

/**
 * Whether `entry` is one of `earlier` but for its time: a change a run found
 * and kept, found again by the next run because that one stopped before
 * moving the snapshot on.
 */
export function foundBefore(earlier: readonly ChangeLogEntry[], entry: ChangeLogEntry): boolean {
  const fields = FIELDS.filter((field) => field !== "timestamp");
  return earlier.some((kept) => signature(kept, fields) === signature(entry, fields));
}
