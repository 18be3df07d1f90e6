import * as z from "zod/mini";
import { ValidationSummary } from "../domain/validation/report-schema";
import { readDocumentJson, writeDocumentJson } from "./document-store";

const LAST_VALIDATION = "lastValidation";

const LastValidation = z.object({ at: z.string(), summary: ValidationSummary });
export type LastValidation = z.output<typeof LastValidation>;

/** The sheets that may carry Validate's marks (see validate-workbook.ts), kept beside the last validation. */
const MarkedSheets = z.object({ markedSheets: z.array(z.string()) });

export const saveLastValidation = (value: LastValidation, markedSheets: readonly string[]): void =>
  writeDocumentJson(LAST_VALIDATION, { ...value, markedSheets });

export function readLastValidation(all?: Readonly<Record<string, string>>): LastValidation | null {
  const stored = readDocumentJson(LAST_VALIDATION, LastValidation, all);
  return stored ? { at: stored.at, summary: stored.summary } : null;
}

/** Null when unknown (no validation yet, or one from before the list was kept): then every sheet may carry marks. */
export function readMarkedSheets(): Set<string> | null {
  const stored = readDocumentJson(LAST_VALIDATION, MarkedSheets);
  return stored ? new Set(stored.markedSheets) : null;
}
