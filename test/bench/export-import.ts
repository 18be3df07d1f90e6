import type { ExportResult } from "../../src/domain/api/contract";
import { largeExample } from "../fixtures/large-workbook";
import { loadAddOn, type LoadedAddOn } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";
import { pairedRuns, round, spread } from "./measure";

const input = { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] };

function workbookWith(attributes: number, profiles: number): LoadedAddOn {
  const addOn = loadAddOn();
  addOn.run("setupSheets", input);
  writeExample(addOn, largeExample({ attributes, profiles, activations: profiles }));
  return addOn;
}

function measured<T>(addOn: LoadedAddOn, work: () => T): { value: T; calls: number; drive: number; ms: number; projectedS: number } {
  const before = addOn.emulator.calls.snapshot();
  const projectedBefore = addOn.emulator.clock.projectedMs();
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  const since = addOn.emulator.calls.since(before);
  const drive = Object.entries(since.byMethod)
    .filter(([method]) => method.startsWith("Drive."))
    .reduce((sum, [, n]) => sum + n, 0);
  // Seconds in real Apps Script, from the emulator's documented per-call latencies (emulator/latency.ts).
  const projectedS = Math.round((addOn.emulator.clock.projectedMs() - projectedBefore) / 100) / 10;
  return { value, ms, calls: since.total, drive, projectedS };
}

/**
 * Export and import of plans of growing size, in the emulator: service calls
 * (constant in rows), the export's time against JSON.stringify of the same
 * plan in the same run (goal ≤ 15× at 10,000 / 2,000; the median of 5 paired
 * runs, min and max), and the file size. Repeated exports are the usual
 * case: the plan barely changed since the last one.
 */
export function exportImportFigures() {
  return [
    [1_000, 200],
    [10_000, 2_000],
  ].map(([attributes, profiles]) => {
    const source = workbookWith(attributes, profiles);
    const exported = measured(source, () => source.run<ExportResult>("exportPlan"));
    const file = source.emulator.drive.list().find((f) => f.id === exported.value.fileId)!;
    const text = file.content.toString();
    const plan = JSON.parse(text);
    const again = pairedRuns(
      () => source.run("exportPlan"),
      () => JSON.stringify(plan, null, 2),
    );
    const target = loadAddOn();
    const imported = measured(target, () => target.run("importPlan", { json: text }));
    return {
      "attributes / profiles": `${attributes} / ${profiles}`,
      "first export calls (Drive)": `${exported.calls} (${exported.drive})`,
      "first export projected s": exported.projectedS,
      "first export ms (emulated)": Math.round(exported.ms),
      "export again ms": spread(again.work, 0),
      "export again / JSON.stringify": spread(again.ratios),
      "file MB": round(text.length / 1048576, 2),
      "import calls": imported.calls,
      "import projected s": imported.projectedS,
      "import ms (emulated)": Math.round(imported.ms),
    };
  });
}
