import { describe, expect, it } from "vitest";
import { loadAddOn } from "../support/bundle";
import { faultSweep } from "../support/fault-sweep";

function start() {
  const addOn = loadAddOn();
  addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web"] });
  return addOn.emulator.saveState();
}

/** A sweep loads the add-on many times: its own budget, so a busy machine does not fail it. */
const SWEEP_BUDGET_MS = 90_000;

describe("Remove empty sheet under faults (DESIGN section 9)", () => {
  it(
    "either removes Sheet1 or leaves it, and says so in plain words; a delete whose reply was lost is not tried twice",
    () => {
      const result = faultSweep({
        operation: "Remove empty sheet",
        start: start(),
        run: (addOn) => void addOn.run("removeEmptySheet", { sheet: "Sheet1" }),
      });
      expect(result.problems).toEqual([]);
      expect(result.outcomes.some((o) => o.outcome === "refused")).toBe(true);
    },
    SWEEP_BUDGET_MS,
  );
});
