import { describe, expect, it } from "vitest";
import { formatFinding } from "../../src/cli/format-finding";
import { validateWorkbook } from "../../src/domain/validation";
import { exampleWorkbook, toRaw, type ExampleWorkbook } from "../fixtures/example-workbook";
import { attributeRow, examplePlan, fileOf, profileRow } from "./example-plans";
import { cli } from "./run-cli";
import type { ExportResult } from "../../src/domain/api/contract";
import type { PlanDocument } from "../../src/domain/plan/plan-document";
import { approvedPlan } from "../support/plans";

/** A typo, a value outside an enum, a cut-off expression, a bad Type and an activation of a misspelt profile. */
function breakExample(example: ExampleWorkbook): void {
  profileRow(example, "new-free-users").Eligibility = 'plan = "free" and days_since(signup_dat) <= 14';
  profileRow(example, "growing-teams").Eligibility = 'plan = "gold" and seats_used >= 5';
  example.sheets["3 Profiles"].push({ ...profileRow(example, "growing-teams"), "Profile ID": "broken", Eligibility: 'plan = "free" and' });
  attributeRow(example, "seats_used").Type = "varchar";
  example.sheets["4 Activation"].push({ ...example.sheets["4 Activation"][0], "Profile ID": "new-free-user", Channel: "web" });
}

describe("personalization-profiles validate", () => {
  it("passes a clean plan with exit 0 and a one-line summary", () => {
    expect(cli({ "plan.json": fileOf(examplePlan()) }, "validate", "plan.json")).toEqual({
      code: 0,
      out: "plan.json: no findings (2 profiles, 5 attributes, 3 activations)\n",
      err: "",
    });
  });

  it("judges profile tests at --now: a relative date passes on any day, a fixed one says it depends on the calendar", () => {
    const files = {
      "plan.json": fileOf(
        examplePlan((e) => {
          e.sheets["Profile tests"].push(
            {
              "Test ID": "T-8",
              "Profile ID": "new-free-users",
              Person: 'plan = "free"; signup_date = today - 3d; onboarding_done = false',
              Expected: "member",
            },
            {
              "Test ID": "T-9",
              "Profile ID": "new-free-users",
              Person: 'plan = "free"; signup_date = 2026-11-28; onboarding_done = false',
              Expected: "member",
            },
          );
        }),
      ),
    };
    const now = cli(files, "validate", "plan.json", "--now", "2026-12-01T09:00:00Z");
    expect(now.code).toBe(0);
    expect(now.out).toMatch(/Profile tests row 7, Person.*This test depends on the calendar: signup_date is a fixed date/);
    const later = cli(files, "validate", "plan.json", "--now=2027-03-01T09:00:00Z");
    expect(later.code).toBe(1);
    expect(later.out).toMatch(/Profile tests row 7, Expected.*Expected member, got not eligible/);
    expect(later.out).not.toMatch(/row 6, Expected/);
    expect(cli(files, "validate", "plan.json", "--now", "soon")).toMatchObject({
      code: 2,
      err: expect.stringContaining('--now must be an ISO timestamp such as 2025-06-15T12:00:00Z (not "soon")'),
    });
  });

  it("prints each finding at its cell, with the caret under the problem, and exits 1", () => {
    const run = cli({ "plan.json": fileOf(examplePlan(breakExample)) }, "validate", "plan.json");
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      [
        `3 Profiles row 2, Eligibility: UNKNOWN_ATTRIBUTE Unknown attribute "signup_dat". Did you mean "signup_date"?`,
        `    plan = "free" and days_since(signup_dat) <= 14`,
        `                                 ^`,
      ].join("\n"),
    );
    expect(run.out).toContain(
      `3 Profiles row 3, Eligibility: LOGIC_TYPE plan is an enum; "gold" is not one of its allowed values (free, pro, enterprise).\n`,
    );
    expect(run.out).toContain(`3 Profiles row 4, Eligibility: LOGIC_SYNTAX Expected a value after "and"`);
    expect(run.out).toContain(
      `2 Attributes row 5, Type: SCHEMA Type must be one of string, number, integer, boolean, date, timestamp, enum, string_list (got "varchar").\n`,
    );
    expect(run.out).toContain(
      `4 Activation row 5, Profile ID: UNKNOWN_PROFILE No profile "new-free-user" in 3 Profiles. Did you mean "new-free-users"?`,
    );
    expect(run.out).toMatch(/\nplan\.json: 5 errors, \d+ warnings?, \d+ info \(3 profiles, 5 attributes, 4 activations\)\n$/);
    expect(run.err).toBe("");
  });

  it("reports exactly the findings the add-on shows for the same sheets", () => {
    const example = exampleWorkbook();
    breakExample(example);
    const inAddOn = validateWorkbook(toRaw(example)).findings.map(formatFinding);
    const printed = cli({ "plan.json": fileOf(examplePlan(breakExample)) }, "validate", "plan.json").out;
    expect(printed.split("\n").slice(0, -2).join("\n")).toBe(inAddOn.join("\n"));
  });

  it("passes warnings unless --fail-on warning", () => {
    const files = { "plan.json": fileOf(examplePlan((example) => void (attributeRow(example, "plan")["Coverage %"] = 80))) };
    const run = cli(files, "validate", "plan.json");
    expect(run).toMatchObject({ code: 0, out: expect.stringContaining("2 Attributes row 2, Coverage %: COVERAGE_SLA ") });
    expect(cli(files, "validate", "plan.json", "--fail-on", "warning").code).toBe(1);
    expect(cli(files, "validate", "plan.json", "--fail-on=error").code).toBe(0);
  });

  it("refuses a file that is not a plan this add-on exported, listing why, with exit 1", () => {
    const plan = JSON.parse(fileOf(examplePlan()));
    plan.profiles[0].priority = "first";
    const files = {
      "other.json": `{ "profiles": [ { "id": 7 } ] }`,
      "typed.json": JSON.stringify(plan),
      "cut.json": '{ "schemaVersion": 1,',
    };
    expect(cli(files, "validate", "other.json")).toEqual({
      code: 1,
      out: "",
      err: "other.json is not a plan file:\n  This is not a plan file of this add-on (schemaVersion undefined, expected 1).\n",
    });
    expect(cli(files, "validate", "typed.json")).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^typed\.json is not a plan file:\n {2}plan\.profiles\[0\]\.priority: /),
    });
    expect(cli(files, "validate", "cut.json")).toMatchObject({ code: 1, err: expect.stringContaining("  The file is not valid JSON") });
  });
});

describe("personalization-profiles validate: approvals", () => {
  const exportedPlan = (): PlanDocument => {
    const addOn = approvedPlan();
    const result = addOn.run<ExportResult>("exportPlan");
    return JSON.parse(
      addOn.emulator.drive
        .list()
        .find((f) => f.id === result.fileId)!
        .content.toString(),
    );
  };

  it("accepts approvals whose hash matches the plan's content", () => {
    const plan = exportedPlan();
    expect(plan.approvals).toHaveLength(1);
    expect(cli({ "plan.json": fileOf(plan) }, "validate", "plan.json").out).toBe(
      "plan.json: no findings (2 profiles, 5 attributes, 3 activations)\n",
    );
  });

  it("reports an approval whose content changed, or whose hash was edited, as stale", () => {
    const changed = exportedPlan();
    (changed.attributes[1] as Record<string, unknown>).coverageSlaPct = 85;
    const run = cli({ "plan.json": fileOf(changed) }, "validate", "plan.json");
    expect(run.out).toContain("5 Governance row 2, Approved by: APPROVAL_STALE priya@example.com approved plan *");

    const forged = exportedPlan();
    forged.approvals![0].hash = "0".repeat(64);
    expect(cli({ "plan.json": fileOf(forged) }, "validate", "plan.json").out).toContain("APPROVAL_STALE");
  });

  it("does not count Approved by without a recorded approval", () => {
    const plan = exportedPlan();
    plan.approvals = [];
    const run = cli({ "plan.json": fileOf(plan) }, "validate", "plan.json");
    expect(run.code).toBe(1);
    expect(run.out).toContain("5 Governance row 2, Approved by: APPROVAL_UNVERIFIED Approved by says priya@example.com");
  });
});
