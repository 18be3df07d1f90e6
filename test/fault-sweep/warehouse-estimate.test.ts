import { describe, expect, it } from "vitest";
import type { WarehouseEstimateResult } from "../../src/domain/api/warehouse";
import { faultSweep } from "../support/fault-sweep";
import { estimate, ROWS, SCHEMA, TABLE, warehousePlan } from "../support/warehouse";

/** 73 runs, each loading the add-on and starting a DuckDB: about 70 s on an idle machine, 230 s on a loaded one; its own budget. */
const SWEEP_BUDGET_MS = 300_000;

/** The scan's SQL names the time it runs at (days_since), so every run reads one clock. */
const NOW = new Date();

/** The table holds four people more than when the previous estimate was made: a finished run stores another estimate. */
function start() {
  const addOn = warehousePlan({}, ROWS.slice(0, 6));
  const previous = estimate(addOn);
  if (previous.status !== "done") throw new Error(`the previous estimate did not finish: ${previous.status}`);
  return addOn.emulator.saveState();
}

describe("Estimate on warehouse under faults (DESIGN section 9)", () => {
  it(
    "every call failing once, through its retries, or losing its reply: a finished estimate, or a refusal that keeps the previous one and every sheet",
    () => {
      const people: number[] = [];
      const result = faultSweep({
        operation: "Estimate on warehouse",
        start: start(),
        run: (addOn) => {
          // BigQuery's tables live outside the saved state; the scan runs past its first wait, so getQueryResults is swept too.
          addOn.emulator.bigquery.loadTable(TABLE, ROWS, SCHEMA);
          addOn.emulator.bigquery.setJobDuration(90_000);
          const shown: WarehouseEstimateResult = estimate(addOn);
          if (shown.status !== "done") return { refused: `asked to confirm ${shown.bytes} bytes` };
          people.push(shown.estimate.people);
          return undefined;
        },
        load: { now: () => NOW, scriptDate: true },
        // Every call of the 36, once and as a burst.
        maxRuns: 40,
      });
      expect(result.problems).toEqual([]);
      expect(result.outcomes.map((o) => o.call)).toEqual(expect.arrayContaining(["BigQuery.Jobs.query", "BigQuery.Jobs.getQueryResults"]));
      // A call failing once is tried again, BigQuery's included; one that keeps failing leaves the previous estimate.
      // ScriptApp.requireScopes is not: it is where Apps Script ends the run to ask for consent, so a failure there is a refusal.
      const once = result.outcomes.filter((o) => !o.burst);
      expect(once.filter((o) => o.outcome !== "done").map((o) => o.call)).toEqual(["ScriptApp.requireScopes"]);
      expect(result.outcomes.some((o) => o.outcome === "refused")).toBe(true);
      expect(new Set(people)).toEqual(new Set([10]));
    },
    SWEEP_BUDGET_MS,
  );
});
