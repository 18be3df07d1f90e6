import type { WarehouseEstimateResult } from "../../src/domain/api/warehouse";
import { planWith } from "../support/plans";

const SIZES = [1_000, 10_000] as const;

/**
 * The service calls of one Estimate on warehouse (issue 16's target: a dry
 * run, one query and the result pages), at two table sizes: the BigQuery
 * calls must not grow with the rows, since the scan returns one row.
 */
export function warehouseEstimateFigures(): Record<string, unknown>[] {
  return SIZES.map((rows) => {
    const addOn = planWith((example) => {
      Object.assign(example.plan, { Warehouse: "bigquery", "Warehouse table": "acme-prod.crm.people", "Billing project": "acme-billing" });
    });
    const plans = ["free", "pro", "enterprise"];
    addOn.emulator.bigquery.loadTable(
      "acme-prod.crm.people",
      Array.from({ length: rows }, (_, i) => ({
        plan: plans[i % 3],
        signup_date: new Date(Date.now() - (i % 60) * 86_400_000).toISOString().slice(0, 10),
        onboarding_done: i % 2 === 0,
        seats_used: i % 7 === 0 ? null : i % 20,
        unsubscribed: i % 11 === 0,
      })),
      [
        { name: "plan", type: "STRING" },
        { name: "signup_date", type: "DATE" },
        { name: "onboarding_done", type: "BOOL" },
        { name: "seats_used", type: "INT64" },
        { name: "unsubscribed", type: "BOOL" },
      ],
    );
    const before = addOn.emulator.calls.snapshot();
    const projectedBefore = addOn.emulator.clock.projectedMs();
    const result = addOn.emulator.runAs("sidebar", () => addOn.run<WarehouseEstimateResult>("estimateOnWarehouse"));
    const since = addOn.emulator.calls.since(before);
    const bigQuery = Object.entries(since.byMethod).filter(([method]) => method.startsWith("BigQuery."));
    return {
      rows,
      status: result.status,
      "BigQuery calls": bigQuery.map(([method, count]) => `${method.replace("BigQuery.Jobs.", "")} ×${count}`).join(", "),
      "all calls": since.total,
      "projected s": Math.round((addOn.emulator.clock.projectedMs() - projectedBefore) / 100) / 10,
      "bytes scanned": result.status === "done" ? result.estimate.bytes : null,
    };
  });
}
