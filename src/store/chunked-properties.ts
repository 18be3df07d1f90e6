import { documentPropertiesHandle } from "./service-handles";
import { chunkText } from "../domain/storage/chunk-text";
import { retried } from "../platform/service-retry";

/**
 * Text longer than one document property allows (9 KB per value, 500 KB per
 * document): `key` holds `<count>:<first part>`, `key#1`, `key#2`… the rest,
 * so text that fits one value takes one property. All parts are written in
 * one setProperties call, so a value is never half-written, and read with
 * one getProperties call.
 */
const PART_BYTES = 9 * 1024 - 64;

const partKey = (key: string, part: number) => `${key}#${part}`;

export const documentProperties = (): GoogleAppsScript.Properties.Properties => documentPropertiesHandle();

/** Every document property, in one call. */
export function allProperties(): Record<string, string> {
  const store = documentProperties();
  return retried(() => store.getProperties());
}

export function readChunked(key: string): string | null {
  return assemble(allProperties(), key);
}

/** Reassembles from an already fetched store (null if absent or torn). */
export function assemble(all: Record<string, string>, key: string): string | null {
  const head = all[key];
  if (head === undefined) return null;
  const match = /^(\d+)(?::|$)/.exec(head);
  if (!match) return null;
  const count = Number(match[1]);
  // Before the count moved into the head, it stood alone and every part had its own key from #0.
  const legacy = match[0] === head;
  const parts = legacy ? [] : [head.slice(match[0].length)];
  for (let part = legacy ? 0 : 1; part < count; part++) {
    const text = all[partKey(key, part)];
    if (text === undefined) return null;
    parts.push(text);
  }
  return parts.join("");
}

/** The properties that store `text` under `key`, for one setProperties call (alone or beside others). */
export function chunkedValues(key: string, text: string): Record<string, string> {
  const parts = chunkText(text, PART_BYTES);
  const values: Record<string, string> = { [key]: `${parts.length}:${parts[0]}` };
  for (let part = 1; part < parts.length; part++) values[partKey(key, part)] = parts[part];
  return values;
}

/** Every property that holds part of `key`'s value in `all`. */
export function chunkKeys(all: Record<string, string>, key: string): string[] {
  if (all[key] === undefined) return [];
  const prefix = `${key}#`;
  return [key, ...Object.keys(all).filter((other) => other.startsWith(prefix) && /^\d+$/.test(other.slice(prefix.length)))];
}

/** Parts of an earlier, longer value that `values` no longer uses. */
export function staleParts(all: Record<string, string>, key: string, values: Record<string, string>): string[] {
  return chunkKeys(all, key).filter((other) => values[other] === undefined);
}

/** Sets the values in one call (retried: setting them twice is harmless), then drops parts they left stale. */
export function writeProperties(values: Record<string, string>, stale: readonly string[] = []): void {
  const store = documentProperties();
  retried(() => store.setProperties(values));
  deleteProperties(stale);
}

export function writeChunked(key: string, text: string): void {
  const values = chunkedValues(key, text);
  writeProperties(values, staleParts(allProperties(), key, values));
}

/** Deleting twice is harmless, so each delete is retried. */
export function deleteProperties(keys: readonly string[]): void {
  if (keys.length === 0) return;
  const store = documentProperties();
  for (const key of keys) retried(() => store.deleteProperty(key));
}

/** Puts one property back as it was read (absent included). */
export function restoreProperty(key: string, value: string | undefined): void {
  const store = documentProperties();
  retried(() => (value === undefined ? store.deleteProperty(key) : store.setProperty(key, value)));
}
