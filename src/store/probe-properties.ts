import { documentPropertiesHandle } from "./service-handles";
import { CheckProblem } from "../domain/setup-check/problems";

/** A fixed key, so a probe value that a failed run could not delete is replaced and removed by the next check. */
export const PROBE_PROPERTY = "checkSetupProbe";

/** Cleanup gets twice the usual retry budget: a probe left in the document's properties is worse than a second's wait. */
const CLEANUP_TRIES = 6;

/** Check set-up: write a document property, read it back, and always delete it again. */
export function probeDocumentProperty(value: string): void {
  const store = documentPropertiesHandle();
  try {
    store.setProperty(PROBE_PROPERTY, value);
    if (store.getProperty(PROBE_PROPERTY) !== value) throw new CheckProblem("property-mismatch");
  } finally {
    deleteProbe(store);
  }
}

function deleteProbe(store: GoogleAppsScript.Properties.Properties): void {
  for (let attempt = 1; ; attempt++) {
    try {
      store.deleteProperty(PROBE_PROPERTY);
      return;
    } catch (error) {
      if (attempt >= CLEANUP_TRIES) throw error;
    }
  }
}
