import { EMPTY_ESCALATIONS, parseEscalationState, serializeEscalationState, type EscalationState } from "../domain/escalation";
import { readChunked, writeChunked } from "./chunked-properties";

/**
 * Escalations between validation runs, in chunked document properties. The
 * budget leaves most of the document's 500 KB to everything else; hundreds
 * of open escalations fit (about 700 bytes each).
 */
const KEY = "escalations";
const BUDGET_BYTES = 300 * 1024;

export function readEscalationState(): EscalationState {
  const text = readChunked(KEY);
  return text ? parseEscalationState(text) : EMPTY_ESCALATIONS;
}

/** Writes only when something changed; the caller holds the document lock. */
export function saveEscalationState(state: EscalationState, previous: EscalationState): void {
  const text = serializeEscalationState(state, BUDGET_BYTES);
  if (text === serializeEscalationState(previous, BUDGET_BYTES)) return;
  writeChunked(KEY, text, "The escalation list");
}
