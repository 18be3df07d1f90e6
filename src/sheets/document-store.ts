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
