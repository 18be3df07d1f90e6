import { describe, expect, it } from "vitest";
import { budgetFinding, serializeEscalationState } from "../../../src/domain/escalation";
import { coverage, runs } from "./support";

const plan = { rows: new Map([["execSponsor", 12]]) };

describe("the escalation budget, shown to the user", () => {
  it("says nothing while every escalation fits", () => {
    const outcome = runs(1, () => Array.from({ length: 2000 }, (_, i) => coverage(`attribute_number_${i}`)))[0];
    const { tracking } = serializeEscalationState(outcome.state, 300 * 1024);
    expect(budgetFinding(tracking, plan)).toBeNull();
  });

  it("names how many are tracked, how many are not, and what that means, on the Plan's top rung", () => {
    const outcome = runs(1, () => Array.from({ length: 3000 }, (_, i) => coverage(`attribute_number_${i}`)))[0];
    const { tracking } = serializeEscalationState(outcome.state, 64 * 1024);
    const finding = budgetFinding(tracking, plan)!;
    expect(finding).toMatchObject({ code: "ESCALATION_BUDGET", severity: "warning", sheet: "Plan", row: 12, column: "Value" });
    expect(finding.message).toMatch(
      new RegExp(
        `^${tracking.tracked} escalations and once-seen blockers are tracked between validations; ${3000 - tracking.tracked} more do not fit in the 64 KB .* never climb the ladder\\.`,
      ),
    );
  });
});
