import type { SetupInput } from "../api/contract";
import { PlanInputsRow, type PlanInputs } from "../schema/plan-inputs";
import { DEFAULT_ESCALATION_INTERVAL_HOURS, DEFAULT_RETRY_LIMIT } from "../schema/plan-inputs";
import { isEmptyCell } from "../schema/cell-values";
import { describeColumns } from "../schema/columns";
import { makePlanId } from "./plan-id";

/**
 * The Plan cells Set up sheets writes: what the inputs name, a Plan ID when
 * there is none yet, and the default retry limit and escalation interval. Everything else is kept.
 */
export function planValuesFromInput(
  input: SetupInput,
  current: Record<string, unknown>,
  randomHex: string,
): Record<string, string | number> {
  const values: Record<string, string | number> = {
    initiative: input.initiative,
    channels: input.channels.join(", "),
  };
  const optional = [
    "metrics",
    "constraints",
    "timeline",
    "pattern",
    "architect",
    "privacyLead",
    "execSponsor",
    "customerDataEngineer",
  ] as const;
  for (const key of optional) {
    const value = input[key];
    if (value !== undefined) values[key] = value;
  }
  if (isEmptyCell(current.planId)) values.planId = makePlanId(input.initiative, randomHex);
  if (isEmptyCell(current.retryLimit)) values.retryLimit = DEFAULT_RETRY_LIMIT;
  if (isEmptyCell(current.escalationInterval)) values.escalationInterval = DEFAULT_ESCALATION_INTERVAL_HOURS;
  return values;
}

/**
 * Reads each Plan field on its own, so one bad cell (a mistyped channel)
 * does not hide the others; a field that does not parse reads as missing.
 */
export function readPlanFields(values: Record<string, unknown> | null): Partial<PlanInputs> {
  const result: Record<string, unknown> = {};
  if (!values) return result;
  for (const column of describeColumns(PlanInputsRow)) {
    const parsed = column.parse(values[column.key] ?? "");
    if (parsed.ok) result[column.key] = parsed.value;
  }
  return result as Partial<PlanInputs>;
}
