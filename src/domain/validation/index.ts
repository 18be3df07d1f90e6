export * from "./finding";
export * from "./validate";
export type { PlanMetrics, LiftTarget, ValidationSummary } from "./report-schema";
export type { RawWorkbook, ParsedWorkbook } from "./workbook";
export { activationChecklist, type ActivationChecklist } from "./checklist";
