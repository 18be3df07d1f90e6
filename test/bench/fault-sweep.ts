import { faultSweep } from "../support/fault-sweep";
import { loadAddOn, spreadsheetOf } from "../support/bundle";
import { planWith } from "../support/plans";

/**
 * What the fault sweep costs (it runs in npm test): per operation, the clean
 * run's service calls, the faulted runs made, and the seconds they took,
 * against the clean run's own time measured in the same run.
 */
export function faultSweepFigures() {
  const exported = planWith();
  exported.run("exportPlan");
  spreadsheetOf(exported).getSheetByName("2 Attributes")!.getRange("I3").setValue(91);
  const cases = [
    { operation: "Set up sheets (fresh)", start: loadAddOn().emulator.saveState(), method: "menuSetupSheets" },
    { operation: "Validate", start: planWith().emulator.saveState(), method: "validatePlan" },
    { operation: "Export (second draft)", start: exported.emulator.saveState(), method: "exportPlan" },
  ];
  return cases.map(({ operation, start, method }) => {
    const clean = loadAddOn({ state: structuredClone(start) });
    const cleanStarted = performance.now();
    clean.run(method);
    const cleanMs = performance.now() - cleanStarted;
    const started = performance.now();
    const sweep = faultSweep({
      operation,
      start,
      run: (addOn) => {
        addOn.run(method);
        return undefined;
      },
      maxRuns: 30,
    });
    const seconds = (performance.now() - started) / 1000;
    return {
      operation,
      "service calls": sweep.calls,
      "faulted runs": sweep.runs,
      problems: sweep.problems.length,
      "sweep s": Math.round(seconds * 10) / 10,
      "sweep / clean run": Math.round((seconds * 1000) / cleanMs),
    };
  });
}
