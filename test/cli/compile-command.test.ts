import { describe, expect, it } from "vitest";
import { postgresArithmetic } from "../../src/domain/sql/postgres-arithmetic";
import type { ExampleWorkbook } from "../fixtures/example-workbook";
import { attributeRow, examplePlan, fileOf, profileRow } from "./example-plans";
import { cli } from "./run-cli";

/** Source fields given, blank and hostile; a string compared with a hostile literal. */
function withSourceFields(example: ExampleWorkbook): void {
  attributeRow(example, "plan")["Source field"] = "PLAN_TIER";
  attributeRow(example, "signup_date")["Source field"] = "created_at_date";
  attributeRow(example, "onboarding_done")["Source field"] = "";
  attributeRow(example, "seats_used")["Source field"] = "seats";
  attributeRow(example, "unsubscribed")["Source field"] = " ";
  example.sheets["2 Attributes"].push({
    ...attributeRow(example, "seats_used"),
    "Attribute ID": "country",
    Type: "string",
    "Source field": 'geo"country',
  });
  profileRow(example, "growing-teams").Eligibility = `plan in ["pro", "enterprise"] and country != "it's"`;
}

describe("personalization-profiles compile", () => {
  it("prints one SELECT per profile, reading Source field columns, quoting hostile names", () => {
    const files = { "plan.json": fileOf(examplePlan(withSourceFields)) };
    const run = cli(files, "compile", "plan.json", "--dialect", "postgres", "--table", "crm.people", "--now=2025-06-15T12:00:00Z");
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toBe(
      [
        "-- profile new-free-users",
        `SELECT "person_id"`,
        `FROM "crm"."people"`,
        `WHERE ((("PLAN_TIER" = 'free') AND ((CAST((TIMESTAMPTZ '2025-06-15 12:00:00+00' AT TIME ZONE 'UTC') AS DATE) - "created_at_date") <= 14)) AND (NOT "onboarding_done")) IS TRUE`,
        `  AND NOT ("unsubscribed" IS TRUE);`,
        "",
        "-- profile growing-teams",
        `SELECT "person_id"`,
        `FROM "crm"."people"`,
        `WHERE (("PLAN_TIER" IN ('pro', 'enterprise')) AND ("geo""country" <> 'it''s')) IS TRUE`,
        `  AND NOT ("unsubscribed" IS TRUE)`,
        // The guarded product's own text is pinned in test/domain/sql/golden.test.ts.
        `  AND ${postgresArithmetic("*", 'CAST("seats" AS DOUBLE PRECISION)', "CAST(2 AS DOUBLE PRECISION)")} >= 10;`,
        "",
      ].join("\n"),
    );
  });

  it("compiles for every dialect", () => {
    const files = { "plan.json": fileOf(examplePlan(withSourceFields)) };
    for (const dialect of ["bigquery", "snowflake", "postgres", "duckdb"]) {
      expect(cli(files, "compile", "plan.json", "--dialect", dialect), dialect).toMatchObject({
        code: 0,
        err: "",
        out: expect.stringContaining("-- profile growing-teams\n"),
      });
    }
  });

  it("skips a profile whose logic has errors, names the cell on stderr and exits 1", () => {
    const files = {
      "plan.json": fileOf(examplePlan((example) => void (profileRow(example, "new-free-users").Suppression = "unsubscribed or"))),
    };
    const run = cli(files, "compile", "plan.json", "--dialect", "duckdb");
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^-- profile growing-teams\n/);
    expect(run.out).not.toContain("new-free-users");
    expect(run.err).toBe(
      [
        "profile new-free-users was not compiled:",
        `3 Profiles row 2, Suppression: LOGIC_SYNTAX Expected a value after "or" at position 16, but the expression ended`,
        "    unsubscribed or",
        "                   ^",
        "1 profile was not compiled: fix the errors above (run validate)",
        "",
      ].join("\n"),
    );
  });

  it("skips a profile with a Score but no threshold, or using an attribute whose Type is unreadable", () => {
    const noThreshold = fileOf(examplePlan((example) => void (profileRow(example, "growing-teams")["Score threshold"] = "")));
    expect(cli({ "plan.json": noThreshold }, "compile", "plan.json", "--dialect", "bigquery")).toMatchObject({
      code: 1,
      err: expect.stringContaining("3 Profiles row 3, Score threshold: SCHEMA Score threshold is needed when a Score is set"),
    });
    const untyped = fileOf(examplePlan((example) => void (attributeRow(example, "seats_used").Type = "integr")));
    const run = cli({ "plan.json": untyped }, "compile", "plan.json", "--dialect", "bigquery");
    expect(run.code).toBe(1);
    expect(run.out).toContain("-- profile new-free-users\n");
    expect(run.err).toContain("profile growing-teams was not compiled:\n2 Attributes row 5, Type: SCHEMA Type must be one of");
  });

  it("compiles a taken Profile ID once, from its first row", () => {
    const files = {
      "plan.json": fileOf(
        examplePlan((example) => void example.sheets["3 Profiles"].push({ ...profileRow(example, "new-free-users"), Eligibility: "true" })),
      ),
    };
    const run = cli(files, "compile", "plan.json", "--dialect", "snowflake");
    expect(run.code).toBe(1);
    expect(run.out.match(/-- profile new-free-users\n/g)).toHaveLength(1);
    expect(run.out).toMatch(/^-- Snowflake SQL: not run on a Snowflake engine by this project's tests/);
    expect(run.err).toContain(
      "profile new-free-users was not compiled:\n3 Profiles row 4, Profile ID: DUPLICATE_ID Profile ID new-free-users is already used on row 2.",
    );
  });

  it("rejects a missing or unknown dialect, or a bad --now, as a usage error (exit 2)", () => {
    const files = { "plan.json": fileOf(examplePlan()) };
    expect(cli(files, "compile", "plan.json")).toMatchObject({
      code: 2,
      err: expect.stringContaining("--dialect must be one of bigquery, snowflake, postgres, duckdb\n"),
    });
    expect(cli(files, "compile", "plan.json", "--dialect", "oracle")).toMatchObject({
      code: 2,
      err: expect.stringContaining(`(not "oracle")`),
    });
    expect(cli(files, "compile", "plan.json", "--dialect", "duckdb", "--now", "soon")).toMatchObject({
      code: 2,
      err: expect.stringContaining("--now must be an ISO timestamp"),
    });
  });
});
