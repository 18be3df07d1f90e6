import type { ChangeLogEntry } from "../domain/schema/change-log";
import { assemble, deleteChunked, writeChunked } from "./chunked-properties";

/**
 * Change log rows an edit trigger could not append because another run held
 * the lock past its patience. Each is parked under a key of its own, so
 * parking needs no lock; the next run that appends to the log (under the
 * lock) takes them first, so no row is lost and none is written twice.
 */
const PREFIX = "pendingLog:";

export function parkEntries(entries: readonly ChangeLogEntry[]): boolean {
  if (entries.length === 0) return true;
  try {
    writeChunked(`${PREFIX}${Utilities.getUuid()}`, JSON.stringify(entries), "The parked Change log rows");
    return true;
  } catch {
    return false;
  }
}

/** The caller holds the document lock and appends what this returns. */
export function takeParkedEntries(): ChangeLogEntry[] {
  const properties = PropertiesService.getDocumentProperties();
  const keys = properties.getKeys().filter((key) => key.startsWith(PREFIX) && !key.includes("#"));
  if (keys.length === 0) return [];
  const all = properties.getProperties();
  const entries: ChangeLogEntry[] = [];
  for (const key of keys) {
    const text = assemble(all, key);
    if (text) entries.push(...(JSON.parse(text) as ChangeLogEntry[]));
    deleteChunked(key, all);
  }
  return entries.sort((a, b) => (a.timestamp ?? "").localeCompare(b.timestamp ?? ""));
}
