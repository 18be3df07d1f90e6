import * as z from "zod/mini";

/** Stored JSON read back through its schema: text that is not JSON, or not of that shape, reads as absent. */
export function parseStoredJson<S extends z.ZodMiniType>(schema: S, text: string | null | undefined): z.output<S> | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : null;
}
