import * as z from "zod/mini";

/** A plan is exported as a draft any time; Finalize makes a final version (DESIGN section 4). */
export const PlanStatus = z.enum(["draft", "final"]);
export type PlanStatus = z.output<typeof PlanStatus>;
