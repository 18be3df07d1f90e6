// Estimate on warehouse, as the sidebar runs it: the example plan's
// audiences counted on a BigQuery table (the emulator's DuckDB), the dry run
// and its byte limit, and every refusal of the issue's "Bad input" list
// leaving sheets and the previous estimate alone.

import { describe, expect, it } from "vitest";
import type { ExportResult } from "../../src/domain/api/contract";
import type { WarehouseEstimateResult } from "../../src/domain/api/warehouse";
import { type LoadedAddOn, spreadsheetOf } from "../support/bundle";
import { estimate, ROWS, SCHEMA, TABLE, warehousePlan } from "../support/warehouse";

const SCOPE = "https://www.googleapis.com/auth/cloud-platform.read-only";

function done(result: WarehouseEstimateResult) {
  if (result.status !== "done") throw new Error(`expected an estimate, got ${result.status}`);
  return result;
}

/** Sheets and stored properties, to show a refusal changed neither. */
const world = (addOn: LoadedAddOn) => {
  const state = addOn.emulator.saveState();
  return { spreadsheet: state.spreadsheet, properties: state.properties };
};

describe("Estimate on warehouse", () => {
  it("counts every profile, channel and attribute in one scan: a dry run, one query, no extra pages", () => {
    const addOn = warehousePlan();
    const before = addOn.emulator.calls.sequence().length;
    const { estimate: result, findings } = done(estimate(addOn));
    const bigQueryCalls = addOn.emulator.calls
      .sequence()
      .slice(before)
      .filter((m) => m.startsWith("BigQuery."));
    expect(bigQueryCalls).toEqual(["BigQuery.Jobs.query", "BigQuery.Jobs.query"]);
    expect(result.people).toBe(10);
    expect(result.profiles).toEqual([
      { profileId: "new-free-users", eligible: 2, suppressed: 1, belowThreshold: 0, members: 1 },
      { profileId: "growing-teams", eligible: 3, suppressed: 1, belowThreshold: 0, members: 2 },
    ]);
    expect(result.notEstimated).toEqual([]);
    const inApp = result.channels.find((c) => c.channel === "in-app");
    expect(inApp).toMatchObject({ reached: 1, branches: [{ profileId: "new-free-users", receives: 1, heldOut: 0, activated: 1 }] });
    expect(result.coverage.find((c) => c.attributeId === "seats_used")).toEqual({
      attributeId: "seats_used",
      column: "seats_used",
      nonNull: 6,
      measuredPct: 60,
      typedPct: 98,
    });
    expect(result.jobId).toBe(addOn.emulator.bigquery.jobs()[0]?.jobId);
    expect(result.query).toContain("COUNTIF(");
    expect(result.bytes).toBeGreaterThan(0);
    // Typed 98 % against 60 % measured: the one attribute more than 5 points off.
    expect(findings.map((f) => [f.code, f.sheet, f.column, f.message.split(":")[0]])).toEqual([
      ["COVERAGE_MEASURED", "2 Attributes", "Coverage %", "seats_used"],
    ]);
  });

  it("names each profile it left out because its logic does not check, with where and why", () => {
    const addOn = warehousePlan();
    const profiles = spreadsheetOf(addOn).getSheetByName("3 Profiles")!;
    const eligibility = profiles.getRange(1, 1, 1, profiles.getLastColumn()).getValues()[0].indexOf("Eligibility") + 1;
    profiles.getRange(3, eligibility).setValue("seats_used >");
    const { estimate: result } = done(estimate(addOn));
    expect(result.profiles.map((p) => p.profileId)).toEqual(["new-free-users"]);
    expect(result.notEstimated).toEqual([{ profileId: "growing-teams", why: expect.stringMatching(/^3 Profiles row 3, Eligibility: /) }]);
  });

  it("records the estimate in the exported plan JSON as audienceEstimates", () => {
    const addOn = warehousePlan();
    const { estimate: result } = done(estimate(addOn));
    const exported = addOn.emulator.runAs("sidebar", () => addOn.run<ExportResult>("exportPlan", { finalize: false }));
    const file = addOn.emulator.drive.list().find((f) => f.id === exported.fileId);
    const plan = JSON.parse(file?.content.toString() ?? "{}");
    expect(plan.audienceEstimates).toEqual([result]);
    expect(plan.audienceEstimates[0]).toMatchObject({
      jobId: result.jobId,
      people: 10,
      query: expect.stringContaining("acme-prod.crm.people"),
    });
  });

  it("asks before a scan above the Plan's byte limit, and runs it once the person confirms that size", () => {
    const addOn = warehousePlan({ "Estimate byte limit (GB)": 0.0000001 });
    const asked = estimate(addOn);
    if (asked.status !== "confirm") throw new Error("expected a confirmation");
    expect(asked.bytes).toBeGreaterThan(asked.limitBytes);
    expect(addOn.emulator.bigquery.jobs()).toEqual([]);
    expect(done(estimate(addOn, { confirmBytes: asked.bytes })).estimate.people).toBe(10);
  });

  it("asks for BigQuery's scope only when first used", () => {
    const addOn = warehousePlan();
    addOn.emulator.revokeScopes([SCOPE]);
    expect(() => estimate(addOn)).toThrow();
    expect(addOn.emulator.events.some((e) => e.type === "authorization-required")).toBe(true);
    expect(addOn.emulator.bigquery.jobs()).toEqual([]);
    addOn.emulator.grantScopes([SCOPE]);
    expect(done(estimate(addOn)).estimate.people).toBe(10);
  });

  it("tries BigQuery again after a backend error, and past its retries says so without BigQuery's raw words", () => {
    const addOn = warehousePlan();
    const backend = "API call to bigquery.jobs.query failed with error: Backend Error";
    addOn.emulator.faults.failNext("BigQuery.Jobs.query", 1, backend);
    expect(done(estimate(addOn)).estimate.people).toBe(10);
    const start = world(addOn);
    addOn.emulator.faults.failNext("BigQuery.Jobs.query", 3, backend);
    expect(() => estimate(addOn)).toThrow(
      /^Estimate on warehouse did not finish: BigQuery did not answer the dry run after 3 tries\. Nothing was changed; try again in a few minutes\.$/,
    );
    expect(world(addOn)).toEqual(start);
  });

  describe("bad input names the Plan field or BigQuery's error, changes nothing and keeps the last estimate", () => {
    const cases: [string, (addOn: LoadedAddOn) => void, RegExp][] = [
      [
        "a table that does not exist",
        (addOn) => addOn.emulator.bigquery.dropTable(TABLE),
        /Warehouse table acme-prod\.crm\.people was not found\. BigQuery said: Not found: Table acme-prod:crm\.people/,
      ],
      [
        "an attribute's column missing",
        (addOn) =>
          addOn.emulator.bigquery.loadTable(
            TABLE,
            ROWS.map(({ unsubscribed: _, ...r }) => r),
            SCHEMA.filter((f) => f.name !== "unsubscribed"),
          ),
        /has no column unsubscribed, attribute unsubscribed's column .*BigQuery said: Unrecognized name: unsubscribed at \[\d+:\d+\]/,
      ],
      [
        "the Person ID column missing",
        (addOn) =>
          addOn.emulator.bigquery.loadTable(
            TABLE,
            ROWS.map(({ person_id: _, ...r }) => r),
            SCHEMA.filter((f) => f.name !== "person_id"),
          ),
        /has no column person_id, the Plan's Person ID column\. BigQuery said: Unrecognized name: person_id/,
      ],
      [
        "a column whose type disagrees with the attribute's Type",
        (addOn) =>
          addOn.emulator.bigquery.loadTable(
            TABLE,
            ROWS.map((r) => ({ ...r, seats_used: r.seats_used === null ? null : String(r.seats_used) })),
            SCHEMA.map((f) => (f.name === "seats_used" ? { ...f, type: "STRING" } : f)),
          ),
        /another type than its attribute's Type on 2 Attributes\. BigQuery said: No matching signature for operator >= for argument types: STRING, INT64/,
      ],
      [
        "a permission error",
        (addOn) => addOn.emulator.bigquery.denyProject("acme-billing"),
        /Billing project acme-billing\. BigQuery said: Access Denied: Project acme-billing: User does not have bigquery\.jobs\.create permission/,
      ],
      ["a quota error", (addOn) => addOn.emulator.bigquery.exceedQuota(), /BigQuery said: Quota exceeded: Your project exceeded quota/],
      [
        "a scan past the 6-minute limit",
        (addOn) => addOn.emulator.bigquery.setJobDuration(10 * 60_000),
        /would not finish within Apps Script's 6-minute limit\. BigQuery said: Job job_\w+ was still running after 4 minutes/,
      ],
    ];
    for (const [name, breakIt, message] of cases) {
      it(name, () => {
        const addOn = warehousePlan();
        done(estimate(addOn));
        breakIt(addOn);
        const start = world(addOn);
        expect(() => estimate(addOn)).toThrow(message);
        expect(() => estimate(addOn)).toThrow(/The previous estimate is kept\./);
        expect(world(addOn)).toEqual(start);
      });
    }
  });
});
