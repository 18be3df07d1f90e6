import { describeColumns } from "../schema/columns";
import { PLAN_SHEET } from "../schema/workbook";
import type { PlanInputs } from "../schema/plan-inputs";
import { locatePlanSheet } from "../workbook/plan-fields";
import { templateFor } from "../workbook/sheet-template";
import { finding, type Finding } from "./finding";

export interface PlanTable {
  present: boolean;
  values: Partial<PlanInputs>;
  /** Sheet row of each field, by key. */
  rows: Map<string, number>;
}

/** Parses the Plan sheet (Field | Value, found by their labels); a bad value is a SCHEMA finding on its Value cell. */
export function parsePlanTable(values: readonly (readonly unknown[])[] | undefined, findings: Finding[]): PlanTable {
  if (!values) return { present: false, values: {}, rows: new Map() };
  const fields = describeColumns(PLAN_SHEET.row);
  const layout = locatePlanSheet(values, templateFor(PLAN_SHEET).headers, fields) ?? { valueColumn: 2, rows: new Map<string, number>() };
  const parsed: Record<string, unknown> = {};
  for (const field of fields) {
    const row = layout.rows.get(field.key);
    if (row === undefined) continue;
    const result = field.parse(values[row - 1][layout.valueColumn - 1] ?? "");
    if (result.ok) parsed[field.key] = result.value;
    else findings.push(finding("SCHEMA", { sheet: PLAN_SHEET.name, row, column: "Value" }, result.message));
  }
  return { present: true, values: parsed as Partial<PlanInputs>, rows: layout.rows };
}
