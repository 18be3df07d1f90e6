import { describeColumns } from "../schema/columns";
import { PLAN_SHEET } from "../schema/workbook";
import type { PlanInputs } from "../schema/plan-inputs";
import { locatePlanFields } from "../workbook/plan-fields";
import { finding, type Finding } from "./finding";

export interface PlanTable {
  present: boolean;
  values: Partial<PlanInputs>;
  /** Sheet row of each field, by key. */
  rows: Map<string, number>;
}

/** Parses the Plan sheet (Field | Value); a bad value is a SCHEMA finding on its Value cell. */
export function parsePlanTable(values: readonly (readonly unknown[])[] | undefined, findings: Finding[]): PlanTable {
  if (!values) return { present: false, values: {}, rows: new Map() };
  const fields = describeColumns(PLAN_SHEET.row);
  const layout = locatePlanFields(
    values.map((row) => row[0]),
    fields,
  );
  const parsed: Record<string, unknown> = {};
  for (const field of fields) {
    const row = layout.rows.get(field.key);
    if (row === undefined) continue;
    const result = field.parse(values[row - 1][1] ?? "");
    if (result.ok) parsed[field.key] = result.value;
    else findings.push(finding("SCHEMA", { sheet: PLAN_SHEET.name, row, column: "Value" }, result.message));
  }
  return { present: true, values: parsed as Partial<PlanInputs>, rows: layout.rows };
}
