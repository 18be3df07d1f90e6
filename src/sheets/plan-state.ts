import type { ValidationSummary } from "../domain/validation";

/**
 * Small facts about the plan kept between executions in the document's
 * properties (9 KB per value): only summaries live here, never row data.
 */
const LAST_VALIDATION = "lastValidation";

export interface LastValidation {
  at: string;
  summary: ValidationSummary;
}

export function saveLastValidation(value: LastValidation): void {
  PropertiesService.getDocumentProperties().setProperty(LAST_VALIDATION, JSON.stringify(value));
}

export function readLastValidation(): LastValidation | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(LAST_VALIDATION);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as LastValidation;
  } catch {
    return null;
  }
}
