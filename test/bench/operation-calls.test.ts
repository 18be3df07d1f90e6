import { describe, expect, it } from "vitest";
import { BUDGETS, type OperationCalls, operationCalls } from "./operation-calls";

/**
 * Service calls are what a person waits for in Apps Script (tens of ms
 * each, Drive hundreds): every operation keeps to its budget at 100 and at
 * 1,000 attribute rows, so a change that adds calls fails here rather than
 * in a user's sidebar. Counts, not times: the same on any machine.
 */
describe("service calls per operation stay within budget", () => {
  const measured = new Map<number, OperationCalls[]>();
  const at = (rows: number) => {
    if (!measured.has(rows)) measured.set(rows, operationCalls(rows));
    return measured.get(rows)!;
  };

  for (const rows of [100, 1_000]) {
    it(`at ${rows} attribute rows`, { timeout: 90_000 }, () => {
      const results = at(rows);
      expect(results.map((r) => r.operation).sort()).toEqual(Object.keys(BUDGETS).sort());
      const over = results.flatMap((r) => {
        const budget = BUDGETS[r.operation];
        return [
          ...(r.calls > budget.ceiling ? [`${r.operation}: ${r.calls} calls, budget ${budget.ceiling}`] : []),
          ...(budget.drive !== undefined && r.drive > budget.drive
            ? [`${r.operation}: ${r.drive} Drive calls, budget ${budget.drive}`]
            : []),
        ];
      });
      expect(over).toEqual([]);
    });
  }

  it("the edit trigger, Validate and Export make as many calls at 1,000 rows as at 100", { timeout: 90_000 }, () => {
    const constant = (rows: number) =>
      at(rows)
        .filter((r) => /^(Edit trigger|Validate|Export)/.test(r.operation))
        .map((r) => [r.operation, r.calls]);
    expect(constant(1_000)).toEqual(constant(100));
  });
});
