import { describe, expect, it } from "vitest";
import { planToSheets } from "../../../src/domain/plan/plan-to-sheets";
import { planOf } from "./build-plan.support";
import { exampleWorkbook } from "../../fixtures/example-workbook";

const withEngineer = (email: string | null) => {
  const example = exampleWorkbook();
  example.plan["Customer Data Engineer"] = email ?? "";
  return example;
};
const owners = (plan: ReturnType<typeof planOf>) =>
  Object.fromEntries(plan.dependencyGraph.nodes.filter((n) => n.kind !== "source").map((n) => [n.id, n.owner]));

describe("the brief's roles in the plan (issue 15, item 4)", () => {
  it("the Customer Data Engineer owns the attribute inventory and the data-engineering node; every team node has an owner", () => {
    expect(owners(planOf(withEngineer("dee@example.com")))).toEqual({
      "stage:objectives": "ana@example.com",
      "stage:attributes": "dee@example.com",
      "stage:profiles": "ana@example.com",
      "stage:activation": "ana@example.com",
      "stage:governance": "priya@example.com",
      "team:data-engineering": "dee@example.com",
      "team:legal": "priya@example.com",
      "team:privacy": "priya@example.com",
    });
  });

  it("with no Customer Data Engineer named, the Personalization Architect covers, as the fallback agents say", () => {
    const plan = planOf(withEngineer(null));
    expect(owners(plan)["team:data-engineering"]).toBe("ana@example.com");
    expect(plan.dependencyGraph.nodes.find((n) => n.id === "team:data-engineering")?.done).toBe(true);
    expect(plan.errorHandling.fallbackAgents).toEqual([
      { role: "Personalization Architect", email: "ana@example.com", coveredBy: ["Customer Data Engineer"] },
      { role: "Customer Data Engineer", email: null, coveredBy: ["Personalization Architect"] },
      { role: "Data Privacy Lead", email: "priya@example.com", coveredBy: ["Exec sponsor"] },
      { role: "Exec sponsor", email: "sam@example.com", coveredBy: ["Data Privacy Lead"] },
    ]);
  });

  it("the plan JSON carries the Customer Data Engineer and the Escalation interval, and an import writes them back", () => {
    const example = withEngineer("dee@example.com");
    example.plan["Escalation interval (hours)"] = 4;
    const plan = planOf(example);
    expect(plan.errorHandling).toMatchObject({ customerDataEngineer: "dee@example.com", escalationIntervalHours: 4 });
    expect(plan.errorHandling.triggers[0]).toMatch(
      /seen again 4 hours or more after it was first seen, or fixed and back; it climbs one rung per 4 hours/,
    );
    expect(planToSheets(plan).plan).toMatchObject({ customerDataEngineer: "dee@example.com", escalationInterval: 4 });
  });
});
