import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import { MAX_PLAN_FILE_BYTES } from "../../src/domain/plan/limits";
import { parsePlanFile } from "../../src/domain/plan/parse-plan-file";
import { largeExample } from "../fixtures/large-workbook";
import { loadAddOn, sheetValues } from "../support/bundle";
import { writeExample } from "../support/workbook-writer";

describe("whatever Export writes, Import reads back", () => {
  it("the largest workbook the add-on is built for (10,000 attributes, 2,000 profiles) exports and imports by file ID", () => {
    const addOn = loadAddOn();
    addOn.run("setupSheets", { initiative: "PLG Onboarding", channels: ["web", "in-app", "email"] });
    writeExample(addOn, largeExample({ attributes: 10_000, profiles: 2_000, activations: 2_000 }));
    const exported = addOn.run<ExportResult>("exportPlan");
    const file = addOn.emulator.drive.list().find((f) => f.id === exported.fileId)!;

    expect(file.content.length).toBeGreaterThan(15 * 1024 * 1024);
    expect(file.content.length).toBeLessThanOrEqual(MAX_PLAN_FILE_BYTES);
    expect(parsePlanFile(file.content.toString()).ok).toBe(true);

    const attributesBefore = sheetValues(addOn, "2 Attributes");
    const imported = addOn.run<{ restored: { sheet: string; rows: number }[] }>("importPlan", { fileId: exported.fileId });
    expect(imported.restored).toContainEqual({ sheet: "2 Attributes", rows: 10_000 });
    expect(imported.restored).toContainEqual({ sheet: "3 Profiles", rows: 2_000 });
    expect(sheetValues(addOn, "2 Attributes")).toEqual(attributesBefore);
  });
});
