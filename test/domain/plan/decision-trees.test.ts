import { describe, expect, it } from "vitest";
import { exampleWorkbook } from "../../fixtures/example-workbook";
import { planOf } from "./build-plan.support";

describe("the plan's decision trees", () => {
  it("write down each channel's order, frequency cap and membership TTL", () => {
    const plan = planOf(exampleWorkbook());
    const email = plan.decisionTrees!.find((tree) => tree.channel === "email")!;
    expect(email.profiles).toEqual([
      {
        profileId: "new-free-users",
        priority: 1,
        rank: 1,
        tiedWith: [],
        shadowed: false,
        frequencyCap: null,
        membershipTtlHours: 720,
      },
    ]);
    expect(plan.decisionTrees!.find((tree) => tree.channel === "in-app")!.profiles[0]).toMatchObject({ frequencyCap: "1/day" });
    expect(email.worstPerWeek).toEqual(expect.any(Number));
  });

  it("name the profiles a tie leaves ordered by sheet row", () => {
    const example = exampleWorkbook();
    example.sheets["4 Activation"][2].Channel = "email";
    example.sheets["3 Profiles"][1].Priority = 1;
    const email = planOf(example).decisionTrees!.find((tree) => tree.channel === "email")!;
    expect(email.profiles.map(({ profileId, rank, tiedWith }) => ({ profileId, rank, tiedWith }))).toEqual([
      { profileId: "new-free-users", rank: 1, tiedWith: ["growing-teams"] },
      { profileId: "growing-teams", rank: 2, tiedWith: ["new-free-users"] },
    ]);
    expect(planOf(example).validation.findings.map((f) => f.code)).toContain("PRIORITY_TIE");
  });
});
