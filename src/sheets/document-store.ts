/**
 * Small JSON values kept between executions in the document's properties
 * (9 KB per value): summaries and ids, never row data. A value that no
 * longer parses reads as absent rather than failing the run.
 */
export function readDocumentJson<T>(key: string): T | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(key);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as T;
  } catch {
    return null;
  }
}

export function writeDocumentJson(key: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
}

/** The stored text of some document properties, to put back exactly when a later step fails. */
export function snapshotDocumentProperties(keys: readonly string[]): () => void {
  const store = PropertiesService.getDocumentProperties();
  const held = keys.map((key) => [key, store.getProperty(key)] as const);
  return () => {
    for (const [key, text] of held) {
      if (text === null) store.deleteProperty(key);
      else store.setProperty(key, text);
    }
  };
}
