import { describe, expect, it } from "vitest";
import { makePlanId, planValuesFromInput, readPlanFields, asLiteralText } from "../../../src/domain/workbook";

describe("plan values", () => {
  it("make readable plan IDs", () => {
    expect(makePlanId("PLG Onboarding", "7f3a9c")).toBe("plg-onboarding-7f3a");
    expect(makePlanId("¡¡¡", "ab")).toBe("plan-ab00");
  });

  it("write what the inputs name, keep the Plan ID, default the retry limit and the escalation interval", () => {
    const first = planValuesFromInput({ initiative: "PLG Onboarding", channels: ["web", "email"] }, {}, "7f3a");
    expect(first).toEqual({
      initiative: "PLG Onboarding",
      channels: "web, email",
      planId: "plg-onboarding-7f3a",
      retryLimit: 2,
      escalationInterval: 24,
    });
    const again = planValuesFromInput(
      { initiative: "Renamed", channels: ["web"], timeline: "Q3" },
      { planId: "plg-onboarding-7f3a", retryLimit: 3, escalationInterval: 4 },
      "0000",
    );
    expect(again).toEqual({ initiative: "Renamed", channels: "web", timeline: "Q3" });
  });

  it("read each field on its own so one bad cell hides nothing else", () => {
    const fields = readPlanFields({ planId: "p-1", initiative: "X", channels: "web, emial", pattern: "Diamond" });
    expect(fields).toMatchObject({ planId: "p-1", initiative: "X", pattern: "diamond" });
    expect(fields.channels).toBeUndefined();
  });

  it("keep text that looks like a formula as text", () => {
    expect(asLiteralText('=IMPORTXML("http://x", "//a")')).toBe(`'=IMPORTXML("http://x", "//a")`);
    expect(asLiteralText("+1 555")).toBe("'+1 555");
    expect(asLiteralText("plain")).toBe("plain");
  });
});
