import { largeExample } from "../fixtures/large-workbook";
import { loadAddOn } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";

const input = { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] };

/** Service calls of one API call on a set-up workbook holding `attributes` attribute rows. */
function callsFor(method: string, attributes: number, invalidShare = 0) {
  const addOn = loadAddOn();
  addOn.run("setupSheets", input);
  if (attributes > 0) {
    const profiles = Math.max(1, Math.round(attributes / 5));
    writeExample(addOn, largeExample({ attributes, profiles, activations: profiles, invalidShare }));
  }
  const before = addOn.emulator.calls.snapshot();
  const projectedBefore = addOn.emulator.clock.projectedMs();
  const started = performance.now();
  addOn.run(method);
  const elapsed = performance.now() - started;
  const since = addOn.emulator.calls.since(before);
  // Seconds in real Apps Script, from the emulator's documented per-call latencies (emulator/latency.ts).
  const projectedS = Math.round((addOn.emulator.clock.projectedMs() - projectedBefore) / 100) / 10;
  return { total: since.total, elapsed, byMethod: since.byMethod, projectedS };
}

export function setupCalls() {
  return [0, 1_000, 10_000].map((rows) => {
    const { total, projectedS } = callsFor("menuSetupSheets", rows);
    return { "attribute rows": rows, "setupSheets service calls": total, "projected s": projectedS };
  });
}

export function validateCalls() {
  return [100, 1_000, 10_000].map((rows) => {
    const { total, elapsed, projectedS } = callsFor("validatePlan", rows, 0.1);
    // A naive implementation reads and marks every attribute cell on its own.
    const naive = rows * 15;
    return {
      "attribute rows (10% invalid)": rows,
      "validatePlan service calls": total,
      "naive per-cell calls": naive,
      "naive / ours": Math.round(naive / total),
      "emulated ms": Math.round(elapsed),
      "projected s": projectedS,
    };
  });
}
