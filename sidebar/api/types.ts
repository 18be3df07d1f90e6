import type { MethodOutput } from "../../src/domain/api/contract";

/** Shapes the screens share, derived from the API's outputs so they cannot drift from the server's. */
export type Finding = MethodOutput<"validatePlan">["findings"][number];
export type PlanMetrics = MethodOutput<"validatePlan">["metrics"];
