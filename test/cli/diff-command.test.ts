import { describe, expect, it } from "vitest";
import type { ExampleWorkbook } from "../fixtures/example-workbook";
import { attributeRow, examplePlan, fileOf, profileRow } from "./example-plans";
import { cli } from "./run-cli";

const addEmailForGrowingTeams = (example: ExampleWorkbook): void =>
  void example.sheets["4 Activation"].push({ ...example.sheets["4 Activation"][0], "Profile ID": "growing-teams", Channel: "email" });

/** Version 2: a retyped and a removed attribute, a cleared suppression, a channel moved, a new timeline, and logic only respaced. */
function nextVersion(example: ExampleWorkbook): void {
  attributeRow(example, "plan").Type = "string";
  attributeRow(example, "plan")["Allowed values"] = "";
  example.sheets["2 Attributes"] = example.sheets["2 Attributes"].filter((row) => row["Attribute ID"] !== "onboarding_done");
  profileRow(example, "new-free-users").Eligibility = 'plan="free"  AND days_since(signup_date)<=14 AND NOT onboarding_done';
  profileRow(example, "growing-teams").Suppression = "";
  example.sheets["4 Activation"] = example.sheets["4 Activation"].filter(
    (row) => !(row["Profile ID"] === "new-free-users" && row.Channel === "email"),
  );
  addEmailForGrowingTeams(example);
  example.plan.Timeline = "Q4 2026";
}

function plans() {
  const v1 = examplePlan();
  return {
    "v1.json": fileOf(v1),
    "v2.json": fileOf(examplePlan(nextVersion, v1)),
    "additive.json": fileOf(examplePlan(addEmailForGrowingTeams, v1)),
  };
}

describe("personalization-profiles diff", () => {
  it("prints changes field by field, breaking ones first and marked, and fails on them", () => {
    expect(cli(plans(), "diff", "v1.json", "v2.json")).toEqual({
      code: 1,
      out: [
        `~ attributes plan: type "enum" → "string"  [breaking: Type changed while profiles new-free-users, growing-teams use it]`,
        "- attributes onboarding_done  [breaking: Attribute removed while profile new-free-users uses it]",
        `~ profiles growing-teams: suppression "unsubscribed" → (none)  [breaking: suppression removed]`,
        "- activations new-free-users → email  [breaking: Channel removed from the profile's activations]",
        `~ inputs timeline: "Q3 2026" → "Q4 2026"`,
        `~ attributes plan: allowedValues ["free","pro","enterprise"] → []`,
        "+ activations growing-teams → email",
        "7 changes, 4 breaking",
        "",
      ].join("\n"),
      err: "",
    });
  });

  it("passes additive changes, and --fail-on chooses what fails", () => {
    const files = plans();
    expect(cli(files, "diff", "v2.json", "v2.json")).toEqual({ code: 0, out: "No changes between v2.json and v2.json\n", err: "" });
    expect(cli(files, "diff", "v1.json", "additive.json")).toMatchObject({
      code: 0,
      out: "+ activations growing-teams → email\n1 change, 0 breaking\n",
    });
    expect(cli(files, "diff", "v1.json", "additive.json", "--fail-on", "any").code).toBe(1);
    expect(cli(files, "diff", "v1.json", "v2.json", "--fail-on", "none").code).toBe(0);
  });

  it("fails with exit 1 when either file is not a plan", () => {
    expect(cli({ ...plans(), "old.json": "[]" }, "diff", "old.json", "v1.json")).toMatchObject({
      code: 1,
      out: "",
      err: expect.stringContaining("old.json is not a plan file:\n"),
    });
  });
});
