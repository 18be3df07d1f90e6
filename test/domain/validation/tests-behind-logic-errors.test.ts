import { describe, expect, it } from "vitest";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook, toRaw } from "../../fixtures/example-workbook";

const findingsOnTests = (change: (example: ReturnType<typeof exampleWorkbook>) => void) => {
  const example = exampleWorkbook();
  change(example);
  return validateWorkbook(toRaw(example)).findings.filter((f) => f.sheet === "Profile tests");
};

describe("Profile tests behind a profile whose logic has errors", () => {
  it("still reports the row's own problems (an Expected that means nothing)", () => {
    const found = findingsOnTests((e) => {
      e.sheets["3 Profiles"][1].Eligibility = 'plan = "pro" and seats_usd >= 5';
      e.sheets["Profile tests"][1].Expected = "maybe";
    });
    expect(found.find((f) => f.row === 3)).toMatchObject({ code: "SCHEMA", column: "Expected" });
  });

  it("a channel test expecting a profile left out for its logic errors names that reason", () => {
    const found = findingsOnTests((e) => {
      e.sheets["3 Profiles"][0].Eligibility = 'plan = "free" and days_since(signup_dat) <= 14';
      e.sheets["Profile tests"][3].Person = 'plan = "free"; signup_date = 2026-11-30; onboarding_done = false';
      e.sheets["Profile tests"][3].Expected = "new-free-users";
    });
    const channel = found.find((f) => f.row === 5);
    expect(channel?.message).toMatch(/Profile new-free-users was not evaluated: its logic has errors \(3 Profiles row 2\)/);
    expect(channel?.message).not.toMatch(/not activated/);
  });
});
