import type { SheetsContent } from "../domain/plan/plan-to-sheets";
import { type SheetSpec, SHEETS } from "../domain/schema/workbook";
import { planHeaders, templateFor, type SheetTemplate } from "../domain/workbook";
import { type PlanCellValue, planPlanSheet } from "../domain/workbook/plan-sheet-setup";
import { type SheetPlan, valuesAfter } from "../domain/workbook/sheet-edits";
import { planTableRows } from "../domain/workbook/table-rows";
import { planTableSetup } from "../domain/workbook/table-setup";
import { listSheets, probeSheet, type SheetProbe } from "./probe-sheets";
import type { Transaction } from "../platform/transaction";

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
    const sheet = listed.get(spec.name.toLowerCase())?.sheet ?? null;
    const probe = probeSheet(tx, sheet, template, { data: true, setup: false });
    const values = probe.data!.values;
    const headers = planHeaders(template, values[0] ?? []);
    if (probe.sheet && headers.kind === "foreign") {
      result.blockers.push(headers.reason);
      continue;
    }
    const planned =
      spec.layout === "keyValue" ? planPlan(tx, probe, template, content.plan) : planTable(tx, probe, template, spec, content);
    if (!planned) continue;
    result.sheets.push({
      probe: planned.probe,
      plan: planned.plan,
      after: valuesAfter(probe.view.exists ? values : [], planned.plan.edits),
    });
    if (planned.rows !== null) result.restored.push({ sheet: spec.name, rows: planned.rows });
  }
  return result;
}

/** What Set up sheets compares is read only for a sheet the import must set up (missing fields or columns). */
const forSetup = (tx: Transaction, probe: SheetProbe, template: SheetTemplate) =>
  probe.forSetup ? probe : probeSheet(tx, probe.sheet, template, { data: true, setup: true });

function planPlan(tx: Transaction, first: SheetProbe, template: SheetTemplate, values: Record<string, PlanCellValue>) {
  const make = (probe: SheetProbe) => {
    const data = probe.data!;
    const view = { ...probe.view, values: data.values, notes: data.notes, weights: data.weights ?? [] };
    return { probe, ...planPlanSheet(template, view, () => values, { index: 0, formats: false }) };
  };
  let setup = make(first);
  if (setup.reapplied && !first.forSetup) setup = make(forSetup(tx, first, template));
  return setup.plan ? { probe: setup.probe, plan: setup.plan, rows: null } : null;
}

function planTable(tx: Transaction, first: SheetProbe, template: SheetTemplate, spec: SheetSpec, content: SheetsContent) {
  const headers = planHeaders(template, first.data!.values[0] ?? []);
  const complete = first.sheet && headers.kind === "upgrade" && headers.missing.length === 0;
  const probe = complete ? first : forSetup(tx, first, template);
  const data = probe.data!;
  const setup = complete ? null : planTableSetup(template, probe.view, null);
  const positions = setup?.positions ?? (headers.kind === "upgrade" ? headers.found : new Map<string, number>());
  const width = setup?.width ?? (headers.kind === "upgrade" ? headers.firstFreeColumn - 1 : 0);
  const base: SheetPlan = setup?.plan ?? {
    name: spec.name,
    create: null,
    size: { rows: probe.view.maxRows, columns: probe.view.maxColumns },
    edits: [],
  };
  // The Change log is append-only: an existing history is kept, never replaced by the file's.
  if (spec.addOnOwned && data.values.length > 1) return setup?.plan ? { probe, plan: base, rows: null } : null;
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
  return { probe, plan, rows: rows.written };
}
