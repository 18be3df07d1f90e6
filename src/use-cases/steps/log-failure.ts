import { appendChangeLog } from "./append-change-log";

/**
 * A failed export or import's own Change log row, on the plan's Version
 * line. Best effort: the sheets may be what failed, and the person gets the
 * message either way.
 */
export function logPlanFailure(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entry: { planId: string; oldValue: string | null; newValue: string; source: "export" | "import" },
  now: Date,
  user: string,
): void {
  try {
    appendChangeLog(spreadsheet, [
      {
        timestamp: now.toISOString(),
        user,
        sheet: "Plan",
        rowKey: entry.planId,
        column: "Version",
        oldValue: entry.oldValue,
        newValue: entry.newValue,
        source: entry.source,
      },
    ]);
  } catch {
    // Nothing more to do: the failure's message still reaches the person.
  }
}
