import { describe, expect, it } from "vitest";
import type { ApprovalsReport } from "../../src/domain/api/approvals";
import { loadAddOn } from "../support/bundle";
import { faultSweep } from "../support/fault-sweep";
import { APPROVER, planWith } from "../support/plans";

/** 12 positions of the run's calls (first and last writes included), once and as a burst: about 13 s; its own budget, so a busy machine does not fail it. */
const SWEEP_BUDGET_MS = 60_000;

describe("Approve is all or nothing, whichever call fails (DESIGN section 9)", () => {
  it(
    "the record, Approved by / Approved on and the Change log row land together",
    () => {
      const addOn = planWith();
      addOn.emulator.setUser(APPROVER);
      const start = addOn.emulator.saveState();
      const { hash } = loadAddOn({ state: structuredClone(start) }).run<ApprovalsReport>("getApprovals").items[0];
      const result = faultSweep({
        operation: "Approve",
        start,
        run: (run) => {
          run.run("approve", { row: 2, hash });
          return undefined;
        },
        // Three tries and the two pauses between them: the call fails through all its retries.
        maxRuns: 12,
      });
      expect(result.problems).toEqual([]);
      expect(result.outcomes.filter((o) => !o.burst).every((o) => o.outcome === "done")).toBe(true);
      expect(result.outcomes.some((o) => o.outcome === "refused")).toBe(true);
    },
    SWEEP_BUDGET_MS,
  );
});
