export * from "./finding";
export * from "./validate";
export type { PlanMetrics, LiftTarget } from "./metrics";
export type { RawWorkbook, ParsedWorkbook } from "./workbook";
export { activationChecklist, type ActivationChecklist } from "./checklist";
