import { describe, expect, it } from "vitest";
import type { ExportResult, Status, StatusRefresh } from "../../src/domain/api/contract";
import { SHEETS } from "../../src/domain/schema/workbook";
import { loadAddOn } from "../support/bundle";
import { edit } from "../support/edits";
import { planWith } from "../support/plans";
import type { LoadedAddOn } from "../support/bundle";

type Refreshed = { stamp: string; status: Status | null };
const refresh = (addOn: LoadedAddOn, stamp?: string) => addOn.run<Refreshed>("refreshStatus", stamp === undefined ? {} : { stamp });

/** Service calls one sidebar call makes. */
function callsOf<T>(addOn: LoadedAddOn, run: () => T): { value: T; calls: number } {
  const before = addOn.emulator.calls.snapshot().total;
  const value = run();
  return { value, calls: addOn.emulator.calls.snapshot().total - before };
}

describe("refreshStatus: the sidebar's cheap check for changes", () => {
  it("answers without the status, in two service calls, when nothing changed", () => {
    const addOn = planWith();
    const first = refresh(addOn);
    expect(first.status).toEqual(addOn.run<Status>("getStatus"));
    const again = callsOf(addOn, () => refresh(addOn, first.stamp));
    expect(again.value).toEqual({ stamp: first.stamp, status: null });
    expect(again.calls).toBe(2);
  });

  it("returns the new status after an edit of a stage sheet, an export, or a validation", () => {
    const addOn = planWith();
    let { stamp } = refresh(addOn);
    edit(addOn, "2 Attributes", "E3", [["Snowflake"]]);
    const afterEdit = refresh(addOn, stamp);
    expect(afterEdit.status?.changedSinceExport).toMatchObject({ changed: true, sheets: ["2 Attributes"], edits: 1 });
    stamp = afterEdit.stamp;
    const exported = addOn.run<ExportResult>("exportPlan");
    const afterExport = refresh(addOn, stamp);
    expect(afterExport.status?.lastExport?.version).toBe(exported.version);
    expect(afterExport.status?.changedSinceExport.changed).toBe(false);
    addOn.run("validatePlan");
    expect(refresh(addOn, afterExport.stamp).status?.lastValidation).not.toBeNull();
  });

  it("returns the new status after an edit of the Plan sheet (the sidebar's header shows its Initiative)", () => {
    const addOn = planWith();
    const { stamp } = refresh(addOn);
    edit(addOn, "Plan", "B3", [["PLG Activation"]]);
    const after = refresh(addOn, stamp);
    expect(after.status?.plan.initiative).toBe("PLG Activation");
    expect(after.status?.changedSinceExport).toMatchObject({ changed: true, sheets: ["Plan"] });
    edit(addOn, "Plan", "B3", [["PLG Adoption"]]);
    expect(refresh(addOn, after.stamp).status?.plan.initiative).toBe("PLG Adoption");
  });

  it("lists the Attribute and Profile IDs the sidebar offers to pick from, and a new one after it is typed", () => {
    const addOn = planWith();
    const { stamp, status } = refresh(addOn);
    expect(status?.profileIds).toEqual(["new-free-users", "growing-teams"]);
    expect(status?.attributeIds).toContain("seats_used");
    const row = (status?.stages.find((stage) => stage.sheet === "3 Profiles")?.rows ?? 0) + 2;
    edit(addOn, "3 Profiles", `A${row}`, [["churn-risk"]]);
    expect(refresh(addOn, stamp).status?.profileIds).toEqual(["new-free-users", "growing-teams", "churn-risk"]);
  });

  it("a stamp it never gave (or none) always gets the status", () => {
    const addOn = planWith();
    expect(refresh(addOn, "stale").status).not.toBeNull();
    expect(addOn.run<Refreshed>("refreshStatus").status).not.toBeNull();
  });

  it("Set up, Validate, Export and Import reply with the status and stamp a refresh would give right after", () => {
    const addOn = loadAddOn();
    const replied = (method: string, input?: unknown) => {
      const before = addOn.emulator.calls.snapshot();
      const { refreshed } = addOn.run<{ refreshed: StatusRefresh | null }>(method, input);
      const reads = addOn.emulator.calls.since(before).byMethod;
      expect(refreshed).toEqual(refresh(addOn));
      return reads;
    };
    replied("setupSheets", { initiative: "PLG Onboarding", channels: ["web"] });
    planWith(undefined, addOn);
    edit(addOn, "2 Attributes", "E3", [["Snowflake"]]);
    // Validate read every sheet already: the status costs no sheet read of its own.
    expect(replied("validatePlan")["Sheet.getDataRange"]).toBe(SHEETS.length);
    replied("exportPlan");
    const text = addOn.emulator.drive
      .list()
      .find((file) => file.name.endsWith(".json"))!
      .content.toString();
    const target = loadAddOn();
    const { refreshed } = target.run<{ refreshed: StatusRefresh | null }>("importPlan", { json: text });
    expect(refreshed).toEqual(refresh(target));
    expect(refreshed?.status.stages.find((stage) => stage.sheet === "2 Attributes")?.rows).toBeGreaterThan(0);
  });
});
