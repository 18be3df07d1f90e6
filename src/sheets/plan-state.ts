import type { ValidationSummary } from "../domain/validation";
import { readDocumentJson, writeDocumentJson } from "./document-store";

const LAST_VALIDATION = "lastValidation";

export interface LastValidation {
  at: string;
  summary: ValidationSummary;
}

export const saveLastValidation = (value: LastValidation): void => writeDocumentJson(LAST_VALIDATION, value);

export const readLastValidation = (): LastValidation | null => readDocumentJson<LastValidation>(LAST_VALIDATION);
