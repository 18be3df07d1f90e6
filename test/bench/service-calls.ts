import { BUDGETS, type OperationCalls, operationCalls } from "./operation-calls";

const SIZES = [100, 1_000, 10_000] as const;

/**
 * Every operation's service calls at 100, 1,000 and 10,000 attribute rows,
 * each with its projected seconds on the emulator's latency clock
 * (emulator/latency.ts: per call, plus per cell written), beside issue 17's
 * target and the ceiling test/bench/operation-calls.test.ts holds.
 */
export function operationFigures(): Record<string, unknown>[] {
  const bySize = new Map<number, OperationCalls[]>(SIZES.map((rows) => [rows, operationCalls(rows)]));
  return Object.entries(BUDGETS).map(([operation, budget]) => {
    const row: Record<string, unknown> = { operation, target: budget.drive ? `${budget.target} (Drive ${budget.drive})` : budget.target };
    for (const rows of SIZES) {
      const measured = bySize.get(rows)!.find((entry) => entry.operation === operation)!;
      row[`calls @${rows}`] = budget.drive ? `${measured.calls} (${measured.drive})` : measured.calls;
      row[`s @${rows}`] = measured.projectedS;
    }
    row.ceiling = budget.ceiling;
    return row;
  });
}
