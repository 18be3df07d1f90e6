import { describe, expect, it } from "vitest";
import type { CheckSetupResult } from "../../src/domain/api/check-setup";
import type { ExportResult } from "../../src/domain/api/contract";
import { loadAddOn, type LoadedAddOn } from "../support/bundle";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";

/** A failed step counts as a refusal: its words must be readable and the check must leave the world as it found it. */
const runCheck = (addOn: LoadedAddOn) => {
  const result = addOn.emulator.runAs("sidebar", () => addOn.run<CheckSetupResult>("checkSetup"));
  const failures = result.steps.filter((step) => step.status === "failed");
  return failures.length ? { refused: failures.map((step) => `${step.title}: ${step.detail} ${step.fix}`).join("\n") } : undefined;
};

describe("Check set-up leaves nothing behind, whichever call fails", { timeout: 120_000 }, () => {
  it("before the first export (probe in the Drive root)", () => {
    const sweep = faultSweep({ operation: "Check set-up (root)", start: loadAddOn().emulator.saveState(), run: runCheck });
    expect(sweep.problems).toEqual([]);
  });

  it("with a plan folder", () => {
    const addOn = planWith();
    addOn.run<ExportResult>("exportPlan", { finalize: false });
    const sweep = faultSweep({ operation: "Check set-up (plan folder)", start: addOn.emulator.saveState(), run: runCheck });
    expect(sweep.problems).toEqual([]);
  });
});
