import { largeExample } from "../fixtures/large-workbook";
import { loadAddOn, type LoadedAddOn } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";
import { round } from "./measure";

const input = { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] };
const RUNS = 5;

/** A validated plan of `rows` attributes: the edit snapshot is seeded, as in a workbook people use. */
function workbookOf(rows: number): LoadedAddOn {
  const addOn = loadAddOn();
  addOn.run("setupSheets", input);
  writeExample(addOn, largeExample({ attributes: rows, profiles: 20, activations: 20 }));
  addOn.run("validatePlan");
  return addOn;
}

/**
 * Cells typed into 2 Attributes at `a1` (the run number in the text, so
 * every run changes them), then onEdit: the time of both, and the
 * trigger's calls. With logging off, onEdit receives an event from a sheet
 * the Change log ignores, so it returns at once: the same edit, unlogged.
 */
function timedEdit(addOn: LoadedAddOn, a1: string, height: number, width: number, run: number, logging: boolean) {
  const values = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => `v${run}-${logging}-${r}-${c}`));
  const onEdit = addOn.context.onEdit as (e: unknown) => void;
  const ignored = addOn.emulator.simulateEdit("Sheet1", "A1", [[`run ${run}`]]);
  const started = performance.now();
  const event = addOn.emulator.simulateEdit("2 Attributes", a1, values);
  const before = addOn.emulator.calls.snapshot();
  const projectedBefore = addOn.emulator.clock.projectedMs();
  onEdit(logging ? event : ignored);
  return {
    ms: performance.now() - started,
    calls: addOn.emulator.calls.since(before).total,
    projectedMs: addOn.emulator.clock.projectedMs() - projectedBefore,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The edit trigger's service calls for a single-cell edit and a 1,000-cell
 * paste (100 rows × 10 columns) at 1,000 and 10,000 attribute rows: they
 * must not grow with the sheet. The time of the edit with its trigger is a
 * ratio against the same edit with logging off.
 */
export function editTriggerFigures() {
  const rows: Record<string, unknown>[] = [];
  for (const size of [1_000, 10_000]) {
    const addOn = workbookOf(size);
    for (const [label, a1, height, width] of [
      ["single cell", "B500", 1, 1],
      ["1,000-cell paste", "B400", 100, 10],
    ] as const) {
      const on = Array.from({ length: RUNS }, (_, run) => timedEdit(addOn, a1, height, width, run, true));
      const off = Array.from({ length: RUNS }, (_, run) => timedEdit(addOn, a1, height, width, run, false));
      const calls = on.map((m) => m.calls);
      rows.push({
        "attribute rows": size,
        edit: label,
        "trigger service calls": `${Math.min(...calls)}–${Math.max(...calls)}`,
        "edit + trigger ms (emulated)": round(median(on.map((m) => m.ms)), 2),
        "edit, logging off ms": round(median(off.map((m) => m.ms)), 2),
        "on / off": round(median(on.map((m) => m.ms)) / median(off.map((m) => m.ms))),
        // Each call's cost in Apps Script, from emulator/latency.ts.
        "projected Apps Script ms": Math.round(median(on.map((m) => m.projectedMs))),
      });
    }
  }
  return rows;
}
