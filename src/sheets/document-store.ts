import { documentPropertiesHandle } from "./service-handles";
/**
 * Small JSON values kept between executions in the document's properties
 * (9 KB per value): summaries and ids, never row data. A value that no
 * longer parses reads as absent rather than failing the run.
 */
export function readDocumentJson<T>(key: string): T | null {
  const stored = documentPropertiesHandle().getProperty(key);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as T;
  } catch {
    return null;
  }
}

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
