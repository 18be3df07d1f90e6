import type { ExportResult } from "../../src/domain/api/contract";
import { largeExample } from "../fixtures/large-workbook";
import { loadAddOn, type LoadedAddOn, spreadsheetOf } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";

/**
 * Service calls of each operation on a plan of `rows` attribute rows, as
 * `npm run bench` prints them and test/bench/operation-calls.test.ts holds
 * them to their budgets. Every service call counts, handles included
 * (getSheetByName, getRange…): the emulator charges each.
 */
export interface OperationCalls {
  operation: string;
  calls: number;
  drive: number;
  /** Seconds on the emulator's latency clock (emulator/latency.ts). */
  projectedS: number;
}

/**
 * The target (issue 17) and the ceiling this code holds to today,
 * the figure a regression may not pass. Where the target is not reached,
 * the ceiling is the measured count: see the README's Performance section.
 * Issue 19 added, on purpose: Validate and Export read the number formats of
 * 1 Objectives and 2 Attributes (22% typed is 22), Export sizes the checklist
 * columns, Import compares its rows with what is there (0 edits when unchanged).
 * Issue 16's five warehouse rows on the Plan sheet cost Set up and Import 3 calls;
 * a fresh Set up opens 1 Objectives with one more, and reads Sheet1's last row
 * with one more to offer removing it when it is empty (issue 19).
 */
export const BUDGETS: Record<string, { target: number; ceiling: number; drive?: number }> = {
  // A fresh Set up also stores the fingerprint of the dropdowns it wrote (one setProperty). Each dropdown column is one
  // rule over its rows (dropdown-columns.ts): 16 calls more than one grid a sheet, 3.6 s less projected.
  "Set up sheets, fresh": { target: 120, ceiling: 220 },
  // A re-run writes dropdowns only on rows left without theirs (the rows the plan was written into, the first time).
  "Set up sheets, re-run": { target: 50, ceiling: 182 },
  "Set up sheets, re-run again": { target: 50, ceiling: 127 },
  // A sheet whose marks change in some rows only is written in those rows (one getRange more, far fewer cells); findings
  // in columns apart (A and I of 2 Attributes here) are written as a block each: 3 calls more, 26 s less at 10,000 rows.
  Validate: { target: 25, ceiling: 76 },
  "Validate, again": { target: 25, ceiling: 46 },
  "Validate, one cell mistyped": { target: 25, ceiling: 49 },
  Export: { target: 30, ceiling: 77, drive: 6 },
  "Export, again": { target: 30, ceiling: 57, drive: 6 },
  // Import sets up its sheets as Set up does (the dropdown columns above): 3.6 s less projected at 1,000 rows. A sheet
  // it inserts is written only in the columns that hold something (merge-cell-edits.ts): 12 calls more at 1,000 rows,
  // 3.5 s less at 10,000 when two attribute columns are empty.
  Import: { target: 140, ceiling: 242 },
  // The Change log's last Hash rides on the snapshot's cache read while the log ends where the last edit left it;
  // an edit of cells that are not keys reads only its own rows, so not the sheet's size either.
  "Edit trigger, single cell": { target: 8, ceiling: 28 },
  "Edit trigger, 1,000-cell paste": { target: 10, ceiling: 30 },
};

const input = { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] };

function measure(addOn: LoadedAddOn, operation: string, work: () => void): OperationCalls {
  const before = addOn.emulator.calls.snapshot();
  const projectedBefore = addOn.emulator.clock.projectedMs();
  work();
  const since = addOn.emulator.calls.since(before);
  const drive = Object.entries(since.byMethod)
    .filter(([method]) => method.startsWith("Drive."))
    .reduce((sum, [, n]) => sum + n, 0);
  const projectedS = Math.round((addOn.emulator.clock.projectedMs() - projectedBefore) / 100) / 10;
  return { operation, calls: since.total, drive, projectedS };
}

/** A height × width block of new text typed at `a1` on 2 Attributes, then the simple trigger. */
function edit(addOn: LoadedAddOn, a1: string, height: number, width: number, run: string): () => void {
  return () => {
    const values = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => `${run}-${r}-${c}`));
    const event = addOn.emulator.simulateEdit("2 Attributes", a1, values);
    (addOn.context.onEdit as (e: unknown) => void)(event);
  };
}

/** Every operation once on a plan of `rows` attributes (a fifth as many profiles and activations). */
export function operationCalls(rows: number): OperationCalls[] {
  const results: OperationCalls[] = [];
  const fresh = loadAddOn();
  results.push(measure(fresh, "Set up sheets, fresh", () => fresh.run("setupSheets", input)));

  const addOn = fresh;
  const profiles = Math.max(1, Math.round(rows / 5));
  writeExample(addOn, largeExample({ attributes: rows, profiles, activations: profiles }));
  results.push(measure(addOn, "Set up sheets, re-run", () => addOn.run("setupSheets", input)));
  // The rows the plan was written into now hold their dropdowns: a re-run finds nothing to write there.
  results.push(measure(addOn, "Set up sheets, re-run again", () => addOn.run("setupSheets", input)));
  results.push(measure(addOn, "Validate", () => addOn.run("validatePlan")));
  results.push(measure(addOn, "Validate, again", () => addOn.run("validatePlan")));
  // Someone mistypes one cell: only that row's marks are written, whatever the sheet's size.
  const attributes = spreadsheetOf(addOn).getSheetByName("2 Attributes")!;
  const type = attributes.getRange(1, 1, 1, attributes.getLastColumn()).getValues()[0].indexOf("Type") + 1;
  attributes.getRange(Math.ceil(rows / 2), type).setValue("numbr");
  results.push(measure(addOn, "Validate, one cell mistyped", () => addOn.run("validatePlan")));
  results.push(measure(addOn, "Export", () => addOn.run("exportPlan")));
  let exported: ExportResult | null = null;
  results.push(measure(addOn, "Export, again", () => (exported = addOn.run<ExportResult>("exportPlan"))));

  // The trigger's steady state: the first edit of a sheet after an export also writes the Plan's Changed since export.
  addOn.emulator.clock.advance(61_000);
  edit(addOn, "B20", 1, 1, "warm-up")();
  results.push(measure(addOn, "Edit trigger, single cell", edit(addOn, "B21", 1, 1, "single")));
  results.push(measure(addOn, "Edit trigger, 1,000-cell paste", edit(addOn, "B30", 100, 10, "paste")));

  const text = addOn.emulator.drive
    .list()
    .find((file) => file.id === exported!.fileId)!
    .content.toString();
  const target = loadAddOn();
  results.push(measure(target, "Import", () => target.run("importPlan", { json: text })));
  return results;
}
