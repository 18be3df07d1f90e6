import { describe, expect, it } from "vitest";
import type { ExportResult, Status } from "../../src/domain/api/contract";
import { sheetValues, type LoadedAddOn } from "../support/bundle";
import { edit } from "../support/edits";
import { planWith } from "../support/plans";

const exportedText = (addOn: LoadedAddOn) => {
  const result = addOn.run<ExportResult>("exportPlan");
  return addOn.emulator.drive
    .list()
    .find((file) => file.id === result.fileId)!
    .content.toString();
};
const changed = (addOn: LoadedAddOn) => addOn.run<Status>("getStatus").changedSinceExport;
const planLine = (addOn: LoadedAddOn) => sheetValues(addOn, "Plan").find(([label]) => label === "Changed since export")?.[1];

describe("Import counts only the rows it changes", () => {
  it("importing the plan already in the workbook counts 0 edits and leaves it matching the export", () => {
    const addOn = planWith();
    const text = exportedText(addOn);
    const line = planLine(addOn);
    addOn.run("importPlan", { json: text });
    expect(changed(addOn)).toMatchObject({ changed: false, edits: 0, sheets: [] });
    expect(planLine(addOn)).toBe(line);
  });

  it("importing over one edited cell counts that one row, on its sheet only", () => {
    const addOn = planWith();
    const text = exportedText(addOn);
    edit(addOn, "2 Attributes", "E3", [["Snowflake"]]);
    addOn.run("exportPlan");
    addOn.run("importPlan", { json: text });
    expect(changed(addOn)).toMatchObject({ changed: true, edits: 1, sheets: ["2 Attributes"] });
    expect(planLine(addOn)).toMatch(/^Yes: 2 Attributes changed since v2/);
  });
});
