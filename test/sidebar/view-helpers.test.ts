import { describe, expect, it } from "vitest";
import { patternLabel } from "../../sidebar/view/patterns";
import { emptyPlanForm, ROLE_FIELDS, formFromStatus, rerunInput, toggleChannel, toSetupInput } from "../../sidebar/view/plan-form";
import { describeSetup, removedLine } from "../../sidebar/view/setup-report";
import { needsNewPlan, rowCountLabel, stageTitle } from "../../sidebar/view/status-view";
import { mockSetupResult, mockStatus } from "./mocks";

describe("toggleChannel", () => {
  it("keeps the vocabulary's order whatever the click order", () => {
    expect(toggleChannel(toggleChannel([], "sales", true), "web", true)).toEqual(["web", "sales"]);
  });

  it("removes an unticked channel and ignores a repeated tick", () => {
    expect(toggleChannel(["web", "email"], "web", false)).toEqual(["email"]);
    expect(toggleChannel(["email"], "email", true)).toEqual(["email"]);
  });
});

describe("toSetupInput", () => {
  it("trims text and leaves blank optional fields out so a re-run keeps the Plan's values", () => {
    const input = toSetupInput({
      ...emptyPlanForm,
      initiative: "  PLG Onboarding ",
      channels: ["web"],
      metrics: " activation rate ",
      timeline: "   ",
    });
    expect(input).toEqual({ initiative: "PLG Onboarding", channels: ["web"], pattern: "diamond", metrics: "activation rate" });
  });

  it("sends the escalation ladder's emails under the contract's names", () => {
    const input = toSetupInput({
      ...emptyPlanForm,
      initiative: "X",
      channels: ["ads"],
      architect: "ana@example.com",
      privacyLead: "li@example.com",
      execSponsor: "sam@example.com",
      customerDataEngineer: " dev@example.com ",
    });
    expect(input).toMatchObject({
      architect: "ana@example.com",
      privacyLead: "li@example.com",
      execSponsor: "sam@example.com",
      customerDataEngineer: "dev@example.com",
    });
  });

  it("asks for the brief's roles under the Plan sheet's labels, each saying whom it covers", () => {
    expect(ROLE_FIELDS.map(({ key, label }) => [key, label])).toEqual([
      ["architect", "Personalization Architect"],
      ["privacyLead", "Data Privacy Lead"],
      ["execSponsor", "Exec sponsor"],
      ["customerDataEngineer", "Customer Data Engineer"],
    ]);
    expect(ROLE_FIELDS.find((field) => field.key === "customerDataEngineer")?.hint).toBe(
      "Covers the Personalization Architect when that cell is empty.",
    );
  });

  it("sends an empty initiative as is: the server's message explains what is missing", () => {
    expect(toSetupInput({ ...emptyPlanForm, channels: ["web"] }).initiative).toBe("");
  });
});

describe("formFromStatus and rerunInput", () => {
  it("prefills the form from the Plan sheet, dropping channels outside the vocabulary", () => {
    const form = formFromStatus(mockStatus({}, { channels: ["web", "fax"], pattern: "pipeline" }));
    expect(form).toEqual({ ...emptyPlanForm, initiative: "PLG Onboarding", channels: ["web"], pattern: "pipeline" });
  });

  it("falls back to the default pattern when the Plan's is unknown", () => {
    expect(formFromStatus(mockStatus({}, { pattern: "waterfall" })).pattern).toBe("diamond");
  });

  it("re-runs setup with only the values the Plan names", () => {
    expect(rerunInput(mockStatus())).toEqual({ initiative: "PLG Onboarding", channels: ["web", "email"], pattern: "diamond" });
    expect(rerunInput(mockStatus({}, { pattern: null }))).not.toHaveProperty("pattern");
  });
});

describe("status view", () => {
  it("asks for a new plan until every sheet exists and an initiative is named", () => {
    expect(needsNewPlan(mockStatus())).toBe(false);
    expect(needsNewPlan(mockStatus({ setUp: false, missingSheets: ["3 Profiles"] }))).toBe(true);
    expect(needsNewPlan(mockStatus({}, { initiative: null }))).toBe(true);
  });

  it.each([
    ["1 Objectives", "Objectives"],
    ["5 Governance", "Governance"],
    ["Plan", "Plan"],
  ])("titles stage sheet %s as %s", (sheet, title) => {
    expect(stageTitle(sheet)).toBe(title);
  });

  it.each([
    [0, "No rows yet"],
    [1, "1 row"],
    [12, "12 rows"],
  ])("labels %i rows as %s", (rows, label) => {
    expect(rowCountLabel(rows)).toBe(label);
  });

  it("labels patterns, and an unset one", () => {
    expect(patternLabel("pipeline")).toBe("Pipeline");
    expect(patternLabel(null)).toBe("Not set");
  });
});

describe("describeSetup", () => {
  it("lists created sheets and the columns added to upgraded ones", () => {
    const lines = describeSetup(
      mockSetupResult({
        created: ["Plan", "1 Objectives"],
        upgraded: [
          { sheet: "2 Attributes", addedColumns: ["Usage labels"] },
          { sheet: "3 Profiles", addedColumns: [] },
        ],
      }),
    );
    expect(lines).toEqual({
      created: "Created 2 sheets: Plan, 1 Objectives.",
      upgraded: ["2 Attributes: added Usage labels."],
      unchanged: false,
      skipped: [],
      removeLabel: null,
    });
  });

  it("offers to remove the empty Sheet1 only when the run says so, and says when it is gone", () => {
    expect(describeSetup(mockSetupResult({ created: ["Plan"], emptySheet: "Sheet1" })).removeLabel).toBe("Remove the empty Sheet1");
    expect(describeSetup(mockSetupResult({ created: ["Plan"] })).removeLabel).toBeNull();
    expect(removedLine("Sheet1")).toBe("Removed the empty Sheet1.");
  });

  it("says when nothing needed changing", () => {
    expect(describeSetup(mockSetupResult({ upgraded: [{ sheet: "Plan", addedColumns: [] }] })).unchanged).toBe(true);
  });

  it("keeps each skipped sheet's reason whole", () => {
    const skipped = [
      { sheet: "2 Attributes", reason: 'A sheet called "2 Attributes" exists but is not ours: rename it, then run Set up sheets again.' },
    ];
    const lines = describeSetup(mockSetupResult({ created: ["Plan"], skipped }));
    expect(lines.skipped).toEqual(skipped);
    expect(lines.created).toBe("Created 1 sheet: Plan.");
  });
});
