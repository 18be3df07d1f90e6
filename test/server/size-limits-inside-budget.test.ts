import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import { MAX_PLAN_CELLS, workbookSizeProblem } from "../../src/domain/workbook/size-limits";
import { MAX_PLAN_FILE_BYTES } from "../../src/domain/plan/limits";
import { EXECUTION_BUDGET_MS } from "../../emulator";
import { largeExample } from "../fixtures/large-workbook";
import { loadAddOn, sheetValues, type LoadedAddOn } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";
import { SHEETS } from "../../src/domain/schema/workbook";

/** A sidebar call as Apps Script runs it: past 6 minutes on the latency clock it is stopped. Returns its value and time. */
function timed<T>(addOn: LoadedAddOn, method: string, input?: unknown): { value: T; ms: number } {
  const value = addOn.emulator.runAs("sidebar", () => addOn.run<T>(method, input));
  const execution = addOn.emulator.executions().at(-1)!;
  expect(execution.exceeded).toBe(false);
  return { value, ms: execution.elapsedMs };
}

describe("a plan at the documented size limits", () => {
  it("validates, exports (compact, as indented it is past 50 MB) and imports, each well inside 6 minutes", { timeout: 180_000 }, () => {
    const source = loadAddOn();
    source.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
    writeExample(source, largeExample({ attributes: 10_000, profiles: 9_000, activations: 3_000 }));
    const sheets = Object.fromEntries(SHEETS.map((spec) => [spec.name, sheetValues(source, spec.name)]));
    const cells = Object.entries(sheets)
      .filter(([name]) => name !== "Change log")
      .reduce((n, [, rows]) => n + rows.length * (rows[0]?.length ?? 0), 0);
    expect(workbookSizeProblem(sheets)).toBeNull();
    expect(cells).toBeGreaterThan(0.95 * MAX_PLAN_CELLS);

    expect(timed(source, "validatePlan").ms).toBeLessThan(EXECUTION_BUDGET_MS / 4);
    const exported = timed<ExportResult>(source, "exportPlan");
    expect(exported.ms).toBeLessThan(EXECUTION_BUDGET_MS / 4);
    const text = source.emulator.drive
      .list()
      .find((file) => file.id === exported.value.fileId)!
      .content.toString();
    expect(Buffer.byteLength(JSON.stringify(JSON.parse(text), null, 2))).toBeGreaterThan(MAX_PLAN_FILE_BYTES);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_PLAN_FILE_BYTES);

    const target = loadAddOn();
    expect(timed(target, "importPlan", { json: text }).ms).toBeLessThan(EXECUTION_BUDGET_MS / 4);
    for (const sheet of ["2 Attributes", "3 Profiles", "4 Activation"]) expect(sheetValues(target, sheet)).toEqual(sheets[sheet]);
  });
});
