// Plan files for the CLI tests, built the way the add-on exports them: the
// example workbook, edited by the test, validated and built into a plan.

import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { exampleWorkbook, type ExampleWorkbook } from "../fixtures/example-workbook";
import { planOf } from "../domain/plan/build-plan.support";

export function examplePlan(edit: (example: ExampleWorkbook) => void = () => {}, previous: PlanDocument | null = null): PlanDocument {
  const example = exampleWorkbook();
  edit(example);
  return planOf(example, previous, previous ? previous.version + 1 : 1);
}

/** The plan as its exported file's text. */
export const fileOf = (plan: PlanDocument): string => JSON.stringify(plan, null, 2);

type Row = ExampleWorkbook["sheets"][string][number];

const find = (rows: Row[], key: string, id: string): Row => {
  const row = rows.find((candidate) => candidate[key] === id);
  if (!row) throw new Error(`No row with ${key} ${id}`);
  return row;
};

/** The example's attribute row, to edit in place. */
export const attributeRow = (example: ExampleWorkbook, id: string): Row => find(example.sheets["2 Attributes"], "Attribute ID", id);

/** The example's profile row, to edit in place. */
export const profileRow = (example: ExampleWorkbook, id: string): Row => find(example.sheets["3 Profiles"], "Profile ID", id);
