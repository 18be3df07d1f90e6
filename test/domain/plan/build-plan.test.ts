import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../../../scripts/plan-json-schema";
import { assertAcyclic } from "../../../src/domain/plan/dependency-graph";
import { planToRawWorkbook } from "../../../src/domain/plan/plan-to-sheets";
import { validateWorkbook } from "../../../src/domain/validation";
import { exampleWorkbook } from "../../fixtures/example-workbook";
import { planOf } from "./build-plan.support";

describe("the plan built from the example workbook", () => {
  const plan = planOf();

  it("holds DESIGN section 5's top-level keys", () => {
    for (const key of [
      "schemaVersion",
      "id",
      "version",
      "status",
      "exportedAt",
      "exportedBy",
      "contentHash",
      "initiative",
      "pattern",
      "inputs",
      "objectives",
      "dataSources",
      "attributes",
      "profiles",
      "activations",
      "governance",
      "dependencyGraph",
      "errorHandling",
      "successMetrics",
      "validation",
      "escalations",
      "changes",
      "changeLog",
    ]) {
      expect(plan).toHaveProperty(key);
    }
    expect(plan).toMatchObject({
      id: "plg-onboarding-7f3a",
      initiative: "PLG Onboarding",
      pattern: "diamond",
      status: "draft",
      version: 1,
    });
  });

  it("records profiles with their logic text and the attributes they reference", () => {
    expect(plan.profiles[0]).toMatchObject({
      profileId: "new-free-users",
      eligibility: 'plan = "free" and days_since(signup_date) <= 14 and not onboarding_done',
      references: ["plan", "signup_date", "onboarding_done", "unsubscribed"],
    });
  });

  it("lists data sources from the attributes' source systems", () => {
    expect(plan.dataSources.map((source) => source.name)).toEqual(["Product DB", "Segment", "Braze"]);
  });

  it("has the default retry limit, exponential backoff and the escalation ladder", () => {
    expect(plan.errorHandling).toMatchObject({
      retryLimit: 2,
      backoff: { strategy: "exponential", initialDelayMs: 1000, factor: 2 },
      escalationLadder: [
        { rung: 1, role: "Personalization Architect", email: "ana@example.com" },
        { rung: 2, role: "Data Privacy Lead", email: "priya@example.com" },
        { rung: 3, role: "Exec sponsor", email: "sam@example.com" },
      ],
    });
  });

  it("draws the diamond: objectives and attributes in parallel, reconverging into profiles", () => {
    const edges = plan.dependencyGraph.edges.map((edge) => `${edge.from} -> ${edge.to}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        "stage:objectives -> stage:profiles",
        "stage:attributes -> stage:profiles",
        "stage:profiles -> stage:activation",
        "stage:activation -> stage:governance",
        "team:data-engineering -> stage:attributes",
        "team:privacy -> stage:activation",
        "team:legal -> stage:governance",
        "source:Product DB -> stage:attributes",
        "source:Braze -> stage:attributes",
      ]),
    );
    expect(edges).not.toContain("stage:objectives -> stage:attributes");
    expect(plan.dependencyGraph.nodes.filter((node) => node.kind === "source").map((node) => node.label)).toEqual([
      "Product DB",
      "Segment",
      "Braze",
    ]);
  });

  it("draws the pipeline as one chain of stages", () => {
    const example = exampleWorkbook();
    example.plan.Pattern = "pipeline";
    const edges = planOf(example).dependencyGraph.edges.map((edge) => `${edge.from} -> ${edge.to}`);
    expect(edges).toEqual(expect.arrayContaining(["stage:objectives -> stage:attributes", "stage:attributes -> stage:profiles"]));
    expect(edges).not.toContain("stage:objectives -> stage:profiles");
  });

  it("refuses a dependency graph with a cycle", () => {
    expect(() =>
      assertAcyclic({
        nodes: [node("a"), node("b")],
        edges: [
          { from: "a", to: "b" },
          { from: "b", to: "a" },
        ],
      }),
    ).toThrow(/cycle/);
  });

  it("records each profile test with its result", () => {
    expect(plan.tests.map((test) => [test.testId, test.result?.passed, test.result?.actual])).toEqual([
      ["T-1", true, "member"],
      ["T-2", true, "not eligible"],
      ["T-3", true, "suppressed"],
      ["T-4", true, "none"],
    ]);
  });

  it("names for each objective the profiles and holdouts that measure it", () => {
    expect(plan.successMetrics.objectives).toEqual([
      {
        objectiveId: "OBJ-1",
        profiles: ["new-free-users"],
        holdouts: [{ profileId: "new-free-users", channel: "in-app", holdoutPct: 10 }],
      },
    ]);
  });

  it("reports the worst-case messages per person per week on each channel", () => {
    expect(plan.frequencyCaps.map((load) => [load.channel, load.worstPerWeek, load.worstProfileId])).toEqual([
      ["in-app", 7, "new-free-users"],
      ["email", 2, "new-free-users"],
      ["web", 7, "growing-teams"],
    ]);
  });

  it("is accepted by an independent JSON Schema validator (ajv)", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync("schema/plan.schema.json", "utf8")));
    expect(validate(JSON.parse(JSON.stringify(plan))), JSON.stringify(validate.errors)).toBe(true);
  });

  it("gives the same content the same hash, and changed content another", () => {
    expect(planOf(exampleWorkbook(), null, 7).contentHash).toBe(plan.contentHash);
    const example = exampleWorkbook();
    example.sheets["2 Attributes"][0]["Coverage %"] = 97;
    expect(planOf(example).contentHash).not.toBe(plan.contentHash);
  });
});

describe("schema/plan.schema.json", () => {
  it("is what npm run schema writes today (run it after changing a schema)", () => {
    expect(readFileSync("schema/plan.schema.json", "utf8")).toBe(planJsonSchema());
  });
});

function node(id: string) {
  return { id, kind: "stage" as const, label: id, owner: null, done: true, remaining: "" };
}

describe("a plan file read back as a workbook", () => {
  it("validates to the same findings as the workbook it was exported from", () => {
    const example = exampleWorkbook();
    example.sheets["2 Attributes"][1]["Consent purposes"] = "personalization";
    example.sheets["2 Attributes"][2]["Coverage %"] = "most";
    const plan = planOf(example);
    expect(validateWorkbook(planToRawWorkbook(plan)).findings).toEqual(plan.validation.findings);
  });
});

describe("compiled SQL in the plan", () => {
  it("stores each profile's membership for every warehouse, reading Source fields as columns", () => {
    const sql = planOf().profiles[1].sql!;
    expect(Object.keys(sql)).toEqual(["bigquery", "snowflake", "postgres", "duckdb"]);
    expect(sql.postgres.select).toMatch(/^SELECT "person_id"\nFROM "people"\nWHERE /);
    expect(sql.bigquery.where).toContain("`seats_used`");
    expect(sql.bigquery.where).not.toContain("users.");
  });

  it("stores none for logic with errors", () => {
    const example = exampleWorkbook();
    example.sheets["3 Profiles"][1].Eligibility = "seats_used >=";
    expect(planOf(example).profiles[1].sql).toBeNull();
  });
});
