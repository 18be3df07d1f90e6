import { describe, expect, it } from "vitest";
import { emptyPlanForm, fieldProblems } from "../../sidebar/view/plan-form";

describe("the New plan form's refused fields", () => {
  it("names each field Set up sheets would refuse, with the server's own sentence", () => {
    const problems = fieldProblems({ ...emptyPlanForm, initiative: "  ", privacyLead: "priya at example" });
    expect(problems).toEqual({
      initiative: "Initiative is required: name the program or campaign, e.g. PLG Onboarding.",
      channels: "Choose at least one channel: web, in-app, email, ads, sales.",
      privacyLead: "Data Privacy Lead must be an email address such as ana@example.com.",
    });
  });

  it("finds nothing to refuse in a complete form, and leaves blank optional fields alone", () => {
    expect(fieldProblems({ ...emptyPlanForm, initiative: "PLG Onboarding", channels: ["web"] })).toEqual({});
  });
});
