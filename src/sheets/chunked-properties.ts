import { chunkText } from "../domain/storage/chunk-text";

/**
 * Text longer than one document property allows (9 KB per value, 500 KB per
 * document): `key` holds the number of parts, `key#0`, `key#1`… the parts.
 * All parts are written in one setProperties call and read with one
 * getProperties call, so a reader never needs more than one round trip.
 */
const PART_BYTES = 9 * 1024 - 64;

const partKey = (key: string, part: number) => `${key}#${part}`;

export function readChunked(key: string): string | null {
  const all = PropertiesService.getDocumentProperties().getProperties();
  return assemble(all, key);
}

/** Reassembles from an already fetched store (null if absent or torn). */
export function assemble(all: Record<string, string>, key: string): string | null {
  const count = Number(all[key]);
  if (!Number.isInteger(count) || count < 1) return null;
  const parts: string[] = [];
  for (let part = 0; part < count; part++) {
    const text = all[partKey(key, part)];
    if (text === undefined) return null;
    parts.push(text);
  }
  return parts.join("");
}

export function writeChunked(key: string, text: string, what: string): void {
  const properties = PropertiesService.getDocumentProperties();
  const before = Number(properties.getProperty(key)) || 0;
  const parts = chunkText(text, PART_BYTES);
  const values: Record<string, string> = { [key]: String(parts.length) };
  parts.forEach((part, index) => (values[partKey(key, index)] = part));
  try {
    properties.setProperties(values);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${what} is too large to keep in this spreadsheet's document properties (${Math.round(text.length / 1024)} KB; a document keeps 500 KB in all): ${message}`,
    );
  }
  for (let part = parts.length; part < before; part++) properties.deleteProperty(partKey(key, part));
}

export function deleteChunked(key: string, all: Record<string, string>): void {
  const properties = PropertiesService.getDocumentProperties();
  const count = Number(all[key]) || 0;
  for (let part = 0; part < count; part++) properties.deleteProperty(partKey(key, part));
  properties.deleteProperty(key);
}
