import * as z from "zod/mini";
import type { ValidationSummary } from "../domain/validation";
import { readDocumentJson, writeDocumentJson } from "./document-store";

const LAST_VALIDATION = "lastValidation";

export interface LastValidation {
  at: string;
  summary: ValidationSummary;
}

/** The sheets that may carry Validate's marks (see validate-workbook.ts), kept beside the last validation. */
const MarkedSheets = z.object({ markedSheets: z.array(z.string()) });

export const saveLastValidation = (value: LastValidation, markedSheets: readonly string[]): void =>
  writeDocumentJson(LAST_VALIDATION, { ...value, markedSheets });

export function readLastValidation(): LastValidation | null {
  const stored = readDocumentJson<LastValidation>(LAST_VALIDATION);
  return stored ? { at: stored.at, summary: stored.summary } : null;
}

/** Null when unknown (no validation yet, or one from before the list was kept): then every sheet may carry marks. */
export function readMarkedSheets(): Set<string> | null {
  const parsed = z.safeParse(MarkedSheets, readDocumentJson<unknown>(LAST_VALIDATION));
  return parsed.success ? new Set(parsed.data.markedSheets) : null;
}
