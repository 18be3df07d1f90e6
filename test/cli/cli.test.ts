import { describe, expect, it } from "vitest";
import { cli } from "./run-cli";

describe("personalization-profiles validate", () => {
  it("passes a correct plan with exit 0 and a one-line summary", () => {
    expect(cli("validate", "plan-v1.json")).toEqual({
      code: 0,
      out: "plan-v1.json: 2 profiles, 5 attributes, 2 activations — no errors\n",
      err: "",
    });
  });

  it("lists every error with a caret under the problem and exits 1", () => {
    const run = cli("validate", "plan-errors.json");
    expect(run.code).toBe(1);
    expect(run.out).toContain([
      `profile typo, eligibility: Unknown attribute "signup_dat". Did you mean "signup_date"?`,
      `    plan = "free" and days_since(signup_dat) <= 14`,
      `                                 ^`,
    ].join("\n"));
    expect(run.out).toContain(`profile gold, eligibility: plan is an enum; "gold" is not one of its allowed values (free, pro).`);
    expect(run.out).toContain(`profile broken, eligibility: Expected a value after "and"`);
    expect(run.out).toContain("profile no_threshold, scoreThreshold: Score threshold is needed when a Score is set");
    expect(run.out).toContain(`attribute legacy: type "varchar" is not one of`);
    expect(run.out).toContain("activation on ads: profile ghost does not exist in the plan");
    expect(run.err).toBe("plan-errors.json: 6 errors (4 profiles, 3 attributes, 1 activation)\n");
  });

  it("says where a file stops being a plan, with exit 1", () => {
    expect(cli("validate", "not-a-plan.json")).toMatchObject({ code: 1, err: expect.stringContaining("not-a-plan.json is not a plan: at profiles.0.id") });
  });
});

describe("personalization-profiles compile", () => {
  it("prints one SELECT per profile, reading Source field columns, quoting hostile names", () => {
    const run = cli("compile", "plan-v1.json", "--dialect", "postgres", "--table", "crm.people", "--now=2025-06-15T12:00:00Z");
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toBe([
      "-- profile new_free",
      `SELECT "person_id"`,
      `FROM "crm"."people"`,
      `WHERE (("PLAN_TIER" = 'free') AND ((CAST((TIMESTAMPTZ '2025-06-15 12:00:00+00' AT TIME ZONE 'UTC') AS DATE) - "created_at_date") <= 14)) IS TRUE`,
      `  AND NOT ("onboarding_done" IS TRUE);`,
      "",
      "-- profile big_payers",
      `SELECT "person_id"`,
      `FROM "crm"."people"`,
      `WHERE (("PLAN_TIER" IN ('pro', 'enterprise')) AND ("geo""country" <> 'it''s')) IS TRUE`,
      `  AND (CAST("mrr" AS DOUBLE PRECISION) * CAST(12 AS DOUBLE PRECISION)) >= 1000;`,
      "",
    ].join("\n"));
  });

  it("compiles for every dialect", () => {
    for (const dialect of ["bigquery", "snowflake", "postgres", "duckdb"]) expect(cli("compile", "plan-v1.json", "--dialect", dialect).code).toBe(0);
  });

  it("skips profiles with errors, says why on stderr and exits 1", () => {
    const run = cli("compile", "plan-errors.json", "--dialect", "duckdb");
    expect(run.code).toBe(1);
    expect(run.err).toContain(`Unknown attribute "signup_dat"`);
    expect(run.err).toContain("4 profiles were not compiled");
  });

  it("rejects a missing or unknown dialect as a usage error (exit 2)", () => {
    expect(cli("compile", "plan-v1.json")).toMatchObject({ code: 2, err: expect.stringContaining("--dialect must be one of bigquery, snowflake, postgres, duckdb") });
    expect(cli("compile", "plan-v1.json", "--dialect", "oracle")).toMatchObject({ code: 2, err: expect.stringContaining(`(not "oracle")`) });
  });
});

describe("personalization-profiles diff", () => {
  it("prints changes field by field, marks breaking ones and fails on them", () => {
    const run = cli("diff", "plan-v1.json", "plan-v2.json");
    expect(run.code).toBe(1);
    expect(run.out).toBe([
      `~ attribute plan: type "enum" → "string"  [breaking: used by profiles new_free, big_payers]`,
      `~ attribute plan: allowedValues ["free","pro","enterprise"] → []`,
      "- attribute onboarding_done  [breaking: used by profile new_free]",
      "+ attribute seats_used",
      `~ profile new_free: suppression "onboarding_done" → (none)  [breaking: its suppression is removed]`,
      "- profile big_payers  [breaking: its activations lose their audience]",
      "+ profile team_trial",
      "- activation big_payers on sales  [breaking: the channel stops receiving this profile]",
      "+ activation new_free on web",
      "9 changes, 5 breaking",
      "",
    ].join("\n"));
  });

  it("ignores spacing and keyword case in logic", () => {
    expect(cli("diff", "plan-v1.json", "plan-v2.json").out).not.toContain("eligibility");
  });

  it("passes additive changes, and --fail-on chooses what fails", () => {
    expect(cli("diff", "plan-v2.json", "plan-v2.json")).toEqual({ code: 0, out: "No changes between plan-v2.json and plan-v2.json\n", err: "" });
    expect(cli("diff", "plan-v1.json", "plan-v2.json", "--fail-on", "none").code).toBe(0);
    expect(cli("diff", "plan-v2.json", "plan-v1.json", "--fail-on", "any").code).toBe(1);
  });
});

describe("the command line itself", () => {
  it("prints help with every command and exit code, exit 0", () => {
    const run = cli("--help");
    expect(run.code).toBe(0);
    for (const word of ["validate <plan.json>", "compile <plan.json> --dialect", "diff <old.json> <new.json>", "2  usage error"]) expect(run.out).toContain(word);
    expect(cli("compile", "--help").code).toBe(0);
  });

  it("exits 2 on usage errors, pointing to --help", () => {
    for (const argv of [[], ["deploy"], ["validate"], ["validate", "a.json", "b.json"], ["validate", "plan-v1.json", "--strict"], ["diff", "plan-v1.json", "missing.json"], ["compile", "plan-v1.json", "--dialect"]]) {
      const run = cli(...argv);
      expect(run.code, argv.join(" ")).toBe(2);
      expect(run.err).toContain("Run personalization-profiles --help for usage.");
    }
  });
});
