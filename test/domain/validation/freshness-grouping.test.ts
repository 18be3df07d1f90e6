import { describe, expect, it } from "vitest";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw } from "../../fixtures/example-workbook";

describe("FRESHNESS, one finding per activation", () => {
  it("names every attribute too slow for a realtime activation in a single finding on its Latency need", () => {
    const example = exampleWorkbook();
    example.sheets["4 Activation"][0]["Latency need"] = "realtime";
    const freshness = validateWorkbook(toRaw(example)).findings.filter((f) => f.code === "FRESHNESS");
    expect(freshness).toHaveLength(1);
    expect(freshness[0]).toMatchObject({ sheet: "4 Activation", row: 2, column: "Latency need" });
    expect(freshness[0].message).toMatch(
      /^Attributes plan, signup_date and onboarding_done refresh too slowly .* needs realtime freshness \(plan daily, signup_date daily, onboarding_done hourly\)/,
    );
  });
});
