import type { SheetsContent } from "../domain/plan/plan-to-sheets";
import { type SheetSpec, SHEETS } from "../domain/schema/workbook";
import { planHeaders, templateFor, type SheetTemplate } from "../domain/workbook";
import { type PlanCellValue, planPlanSheet } from "../domain/workbook/plan-sheet-setup";
import { type SheetPlan, valuesAfter } from "../domain/workbook/sheet-edits";
import { planTableRows } from "../domain/workbook/table-rows";
import { planTableSetup } from "../domain/workbook/table-setup";
import { listSheets, probeProtections, probeSheet, type SheetProbe } from "./probe-sheets";
import type { Transaction } from "./transaction";

export interface PlannedSheet {
  probe: SheetProbe;
  plan: SheetPlan;
  /** The sheet's values once written, as getValues would return them. */
  after: unknown[][];
}

export interface RestorePlan {
  /** Problems that stop the import before anything is written. */
  blockers: string[];
  sheets: PlannedSheet[];
  restored: { sheet: string; rows: number }[];
}

/**
 * Plans writing a plan's content into the workbook, reading each sheet once
 * and writing nothing: a sheet that is missing, or lacks template columns,
 * is set up as Set up sheets would; each table's data rows are replaced in
 * one write. Columns are found by label; a collaborator's extra columns are
 * emptied with the rows they belonged to. An existing Change log is kept.
 */
export function planRestore(tx: Transaction, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, content: SheetsContent): RestorePlan {
  const listed = listSheets(tx, spreadsheet);
  const result: RestorePlan = { blockers: [], sheets: [], restored: [] };
  for (const spec of SHEETS) {
    const template = templateFor(spec);
    const probe = probeSheet(tx, listed.get(spec.name.toLowerCase())?.sheet ?? null, template, "data");
    const values = probe.data!.values;
    const headers = planHeaders(template, values[0] ?? []);
    if (probe.sheet && headers.kind === "foreign") {
      result.blockers.push(headers.reason);
      continue;
    }
    const planned =
      spec.layout === "keyValue" ? planPlan(tx, probe, template, content.plan) : planTable(tx, probe, template, spec, content);
    if (!planned) continue;
    result.sheets.push({ probe, plan: planned.plan, after: valuesAfter(probe.view.exists ? values : [], planned.plan.edits) });
    if (planned.rows !== null) result.restored.push({ sheet: spec.name, rows: planned.rows });
  }
  return result;
}

/** Plans with the add-on's protections read only when the plan would touch them. */
function withProtections<T extends { plan: SheetPlan | null }>(
  tx: Transaction,
  probe: SheetProbe,
  template: SheetTemplate,
  make: () => T,
): T {
  const first = make();
  if (!probe.sheet || !first.plan?.edits.some((edit) => edit.kind === "protect")) return first;
  probeProtections(tx, probe, template);
  return make();
}

function planPlan(tx: Transaction, probe: SheetProbe, template: SheetTemplate, values: Record<string, PlanCellValue>) {
  const data = probe.data!;
  const view = { ...probe.view, values: data.values, notes: data.notes, weights: data.weights };
  const setup = withProtections(tx, probe, template, () => planPlanSheet(template, view, () => values, { index: 0, formats: false }));
  return setup.plan ? { plan: setup.plan, rows: null } : null;
}

function planTable(tx: Transaction, probe: SheetProbe, template: SheetTemplate, spec: SheetSpec, content: SheetsContent) {
  const data = probe.data!;
  const headers = planHeaders(template, data.values[0] ?? []);
  const complete = probe.sheet && headers.kind === "upgrade" && headers.missing.length === 0;
  const setup = complete ? null : withProtections(tx, probe, template, () => planTableSetup(template, probe.view, null));
  const positions = setup?.positions ?? (headers.kind === "upgrade" ? headers.found : new Map<string, number>());
  const width = setup?.width ?? (headers.kind === "upgrade" ? headers.firstFreeColumn - 1 : 0);
  const base: SheetPlan = setup?.plan ?? {
    name: spec.name,
    create: null,
    size: { rows: probe.view.maxRows, columns: probe.view.maxColumns },
    edits: [],
  };
  // The Change log is append-only: an existing history is kept, never replaced by the file's.
  if (spec.addOnOwned && data.values.length > 1) return setup?.plan ? { plan: base, rows: null } : null;
  const table = content.tables.find((entry) => entry.sheet === spec.name)!;
  const rows = planTableRows(
    probe.view.exists
      ? { values: data.values, notes: data.notes, backgrounds: data.backgrounds, maxRows: probe.view.maxRows }
      : { values: [], notes: [], backgrounds: [], maxRows: base.size.rows },
    positions,
    width,
    { keys: table.columns.map((column) => column.key), rows: table.rows },
    template.headers,
  );
  const plan: SheetPlan = {
    ...base,
    size: { rows: Math.max(base.size.rows, rows.rows), columns: base.size.columns },
    edits: [...base.edits, ...rows.edits],
  };
  return { plan, rows: rows.written };
}
