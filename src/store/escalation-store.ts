import {
  EMPTY_ESCALATIONS,
  parseEscalationState,
  serializeEscalationState,
  type EscalationState,
  type EscalationTracking,
} from "../domain/escalation";
import { allProperties, assemble, chunkedValues, staleParts } from "./chunked-properties";

/**
 * Escalations between validation runs, in chunked document properties. The
 * budget leaves most of the document's 500 KB to everything else; stored
 * compactly, thousands of open escalations fit (about 75 bytes each), and
 * beyond that the run says so (ESCALATION_BUDGET).
 */
const KEY = "escalations";
export const ESCALATION_BUDGET_BYTES = 300 * 1024;

export function readEscalationState(all: Readonly<Record<string, string>> = allProperties()): EscalationState {
  const text = assemble(all, KEY);
  return text ? parseEscalationState(text) : EMPTY_ESCALATIONS;
}

export interface EscalationWrite {
  /** Properties to set (none when the state is unchanged) and parts of a longer earlier state to drop. */
  values: Record<string, string>;
  stale: string[];
  tracking: EscalationTracking;
}

/** What storing `state` takes, against the store as read in `all`; the caller writes it with what belongs beside it. */
export function escalationWrite(state: EscalationState, all: Record<string, string>): EscalationWrite {
  const { text, tracking } = serializeEscalationState(state, ESCALATION_BUDGET_BYTES);
  if (text === assemble(all, KEY)) return { values: {}, stale: [], tracking };
  const values = chunkedValues(KEY, text);
  return { values, stale: staleParts(all, KEY, values), tracking };
}
