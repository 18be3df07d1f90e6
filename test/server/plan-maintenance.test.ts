import { describe, expect, it } from "vitest";
import type { ExportResult, Status } from "../../src/domain/api/contract";
import { sheetValues, type LoadedAddOn } from "../support/bundle";
import { edit } from "../support/edits";
import { planWith } from "../support/plans";

const planField = (addOn: LoadedAddOn, label: string) =>
  Object.fromEntries(sheetValues(addOn, "Plan").map(([field, value]) => [field, value]))[label];
const changed = (addOn: LoadedAddOn) => addOn.run<Status>("getStatus").changedSinceExport;

describe("plan maintenance: changed since the last export", () => {
  it("an edit to attributes or governance marks the plan changed, in the sidebar and on the Plan sheet", () => {
    const addOn = planWith();
    addOn.run("exportPlan");
    expect(changed(addOn)).toMatchObject({ changed: false, sheets: [] });
    expect(planField(addOn, "Changed since export")).toBe(
      `No: the workbook matches v1 (exported ${new Date().toISOString().slice(0, 10)}).`,
    );
    edit(addOn, "2 Attributes", "E3", [["Snowflake"]]);
    edit(addOn, "5 Governance", "F2", [["weekly"]]);
    expect(changed(addOn)).toMatchObject({ changed: true, sheets: ["2 Attributes", "5 Governance"], edits: 2, since: expect.any(String) });
    expect(planField(addOn, "Changed since export")).toMatch(/^Yes: 2 Attributes, 5 Governance changed since v1/);
  });

  it("the next export lists those changes field by field and clears the mark", () => {
    const addOn = planWith();
    addOn.run("exportPlan");
    edit(addOn, "2 Attributes", "E3", [["Snowflake"]]);
    const second = addOn.run<ExportResult>("exportPlan");
    expect(second.changes).toContainEqual(
      expect.objectContaining({
        section: "attributes",
        id: "signup_date",
        field: "sourceSystem",
        before: "Product DB",
        after: "Snowflake",
      }),
    );
    expect(changed(addOn)).toMatchObject({ changed: false });
    expect(planField(addOn, "Changed since export")).toMatch(/^No: the workbook matches v2/);
  });

  it("an import marks the sheets it changes since the last export, and only those", () => {
    const addOn = planWith();
    const exported = addOn.run<ExportResult>("exportPlan");
    const older = addOn.emulator.drive
      .list()
      .find((file) => file.id === exported.fileId)!
      .content.toString();
    edit(addOn, "2 Attributes", "E3", [["Snowflake"]]);
    edit(addOn, "5 Governance", "F2", [["weekly"]]);
    addOn.run("exportPlan");
    addOn.run("importPlan", { json: older });
    expect(changed(addOn)).toMatchObject({ changed: true, sheets: ["2 Attributes", "5 Governance"], edits: 2 });
  });
});

describe("menu: Export plan", () => {
  it("exports a draft and shows its link", () => {
    const addOn = planWith();
    addOn.run("menuExport");
    const file = addOn.emulator.drive.list().find((f) => f.name === "plan-plg-onboarding-7f3a.json")!;
    expect(addOn.emulator.ui.toasts.at(-1)?.message).toBe(`Exported plan-plg-onboarding-7f3a.json (v1 draft): ${file.url}`);
  });
});
