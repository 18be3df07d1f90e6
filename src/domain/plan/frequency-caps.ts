import { parseFrequencyCap, worstCasePerWeek, type ChannelLoad } from "../analysis/frequency";
import type { ValidationContext } from "../validation/context";

/** Worst-case messages per person per week on each channel, given its decision tree (DESIGN section 8). */
export function frequencyCaps(context: ValidationContext): ChannelLoad[] {
  const activations = context.workbook.activations.rows.flatMap(({ values }) => {
    if (!values.profileId || !values.channel || !context.logic.has(values.profileId)) return [];
    const parsed = values.frequencyCap ? parseFrequencyCap(values.frequencyCap) : null;
    return [{ profileId: values.profileId, channel: values.channel, cap: parsed?.ok ? parsed.cap : null }];
  });
  const priorities = new Map([...context.logic].map(([id, logic]) => [id, logic.row.values.priority ?? null]));
  return worstCasePerWeek(activations, priorities);
}
