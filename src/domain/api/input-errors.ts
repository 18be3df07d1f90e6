import type * as z from "zod/mini";

/** Turns a rejected API input into one sentence a person can act on (the schema messages name the field). */
export function describeInputError(error: z.core.$ZodError, limit = 3): string {
  const messages = [...new Set(error.issues.map((issue) => issue.message))];
  const shown = messages.slice(0, limit).join(" ");
  return messages.length > limit ? `${shown} (and ${messages.length - limit} more problems)` : shown;
}
