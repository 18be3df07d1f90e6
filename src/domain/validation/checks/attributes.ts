import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { labelOf } from "../tables";

export function checkAttributes(context: ValidationContext): Finding[] {
  const table = context.workbook.attributes;
  const used = new Set<string>();
  for (const logic of context.logic.values()) logic.references.forEach((id) => used.add(id));
  const result: Finding[] = [];
  for (const row of table.rows) {
    const { attributeId, coveragePct, coverageSlaPct } = row.values;
    if (coveragePct != null && coverageSlaPct != null && coveragePct < coverageSlaPct) {
      result.push(
        finding(
          "COVERAGE_SLA",
          { sheet: table.sheet, row: row.row, column: labelOf(table, "coveragePct") },
          `Coverage is ${coveragePct}%, below its SLA of ${coverageSlaPct}%. Raise coverage at the source (backfill, new capture point) or agree a lower SLA with the owner; this escalates if it persists.`,
        ),
      );
    }
    if (attributeId && context.attributes.get(attributeId) === row && !used.has(attributeId)) {
      result.push(
        finding(
          "UNUSED_ATTRIBUTE",
          { sheet: table.sheet, row: row.row, column: labelOf(table, "attributeId") },
          `No profile uses ${attributeId}. Use it in a profile's logic, or remove it so the inventory lists only data the plan needs.`,
        ),
      );
    }
  }
  return result;
}
