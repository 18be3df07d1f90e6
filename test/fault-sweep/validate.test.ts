import { describe, expect, it } from "vitest";
import { faultSweep } from "../support/fault-sweep";
import { planWith } from "../support/plans";

/** A plan with two mistakes Validate has not marked yet: a misspelt type and an activation without a fallback. */
function start() {
  const addOn = planWith((e) => {
    e.sheets["2 Attributes"][3].Type = "numbr";
    e.sheets["4 Activation"][0]["Fallback state"] = "";
  });
  addOn.emulator.clock.advance(60_000);
  return addOn.emulator.saveState();
}

describe("Validate under faults (DESIGN section 9)", () => {
  it("every failing call, once or from then on: the marks, the last validation and the Change log all or nothing", () => {
    const result = faultSweep({
      operation: "Validate",
      start: start(),
      run: (addOn) => {
        addOn.run("validatePlan");
        return undefined;
      },
      // An outage after the first mark leaves nothing working to take it back: the next Validate ends as this one would have.
      next: { run: (addOn) => void addOn.run("validatePlan"), orNever: true },
      maxRuns: 40,
    });
    expect(result.problems).toEqual([]);
    expect(result.calls).toBeGreaterThan(40);
    // Failing once never shows: each call is tried again.
    expect(result.outcomes.filter((o) => !o.outage).every((o) => o.outcome === "done")).toBe(true);
    // Only outages that begin after a mark was written need the next run.
    const firstWrite = result.outcomes.find((o) => o.call === "Range.setNotes")!.k;
    const resumed = result.outcomes.filter((o) => o.outcome === "resumed");
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed.every((o) => o.outage && o.k > firstWrite)).toBe(true);
  });
});
