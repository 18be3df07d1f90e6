import type * as z from "zod/mini";
import { parseStoredJson } from "../domain/storage/stored-json";
import { documentPropertiesHandle } from "./service-handles";

/**
 * Small JSON values kept between executions in the document's properties
 * (9 KB per value): summaries and ids, never row data, each read back
 * through its schema. A value that no longer parses, or is not of that
 * shape, reads as absent rather than failing the run. `all`: the
 * properties already read in one call, instead of a call for this one.
 */
export const readDocumentJson = <S extends z.ZodMiniType>(
  key: string,
  schema: S,
  all?: Readonly<Record<string, string>>,
): z.output<S> | null => parseStoredJson(schema, all ? all[key] : documentPropertiesHandle().getProperty(key));

export function writeDocumentJson(key: string, value: unknown): void {
  documentPropertiesHandle().setProperty(key, JSON.stringify(value));
}

/** The stored text of some document properties, to put back exactly when a later step fails. */
export function snapshotDocumentProperties(keys: readonly string[]): () => void {
  const store = documentPropertiesHandle();
  const held = keys.map((key) => [key, store.getProperty(key)] as const);
  return () => {
    for (const [key, text] of held) {
      if (text === null) store.deleteProperty(key);
      else store.setProperty(key, text);
    }
  };
}
