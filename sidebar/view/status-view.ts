import type { Status } from "../../src/domain/api/contract";

/** The New plan form shows until every sheet exists and the Plan names an initiative. */
export function needsNewPlan(status: Status): boolean {
  return !status.setUp || !status.plan.initiative;
}

/** "1 Objectives" → "Objectives": the stepper numbers the stages itself. */
export function stageTitle(sheet: string): string {
  return sheet.replace(/^\d+\s+/, "");
}

export function rowCountLabel(rows: number): string {
  if (rows === 0) return "No rows yet";
  return rows === 1 ? "1 row" : `${rows} rows`;
}
