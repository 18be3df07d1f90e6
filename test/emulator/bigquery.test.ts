// The advanced BigQuery service on DuckDB: what an add-on sees when it runs
// GoogleSQL through BigQuery.Jobs, dry runs, pages and BigQuery's refusals.

import { describe, expect, it } from "vitest";
import { createEmulator, type FieldSchema } from "../../emulator";

const TABLE = "acme-prod.crm.people";
const SCHEMA: FieldSchema[] = [
  { name: "person_id", type: "STRING" },
  { name: "plan", type: "STRING" },
  { name: "seats_used", type: "INT64" },
  { name: "mrr", type: "FLOAT64" },
  { name: "features_used", type: "STRING", mode: "REPEATED" },
];
const ROWS = [
  { person_id: "p1", plan: "free", seats_used: 3, mrr: 0, features_used: ["api"] },
  { person_id: "p2", plan: "pro", seats_used: 12, mrr: 99.5, features_used: [] },
  { person_id: "p3", plan: null, seats_used: null, mrr: 10, features_used: ["api", "sso"] },
];

function loaded() {
  const emu = createEmulator();
  emu.bigquery.loadTable(TABLE, ROWS, SCHEMA);
  return emu;
}

const standard = (query: string, extra: object = {}) => ({ query, useLegacySql: false, ...extra });

describe("BigQuery.Jobs.query", () => {
  it("runs GoogleSQL with backtick paths, COUNTIF, SAFE_ functions and IN UNNEST", () => {
    const emu = loaded();
    const sql = [
      "SELECT COUNT(*) AS people, COUNTIF(`plan` = 'free') AS free,",
      "  COUNTIF(SAFE_DIVIDE(`mrr`, 0) IS NULL) AS no_div, COUNTIF('sso' IN UNNEST(`features_used`)) AS sso",
      "FROM `acme-prod`.`crm`.`people`",
    ].join("\n");
    const res = emu.globals.BigQuery.Jobs.query(standard(sql), "acme-billing");
    expect(res.jobComplete).toBe(true);
    expect(res.jobReference.jobId).toMatch(/^job_/);
    expect(res.schema?.fields.map((f) => [f.name, f.type])).toEqual([
      ["people", "INTEGER"],
      ["free", "INTEGER"],
      ["no_div", "INTEGER"],
      ["sso", "INTEGER"],
    ]);
    expect(res.rows).toEqual([{ f: [{ v: "3" }, { v: "1" }, { v: "3" }, { v: "1" }] }]);
    expect(emu.bigquery.jobs().map((j) => j.projectId)).toEqual(["acme-billing"]);
  });

  it("dry-runs without a job: bytes of the columns named, no rows", () => {
    const emu = loaded();
    const res = emu.globals.BigQuery.Jobs.query(
      standard(`SELECT COUNTIF(seats_used > 4) AS n FROM \`${TABLE}\``, { dryRun: true }),
      "acme-billing",
    );
    // seats_used: two non-null INT64 values of 8 bytes; the other columns are not read.
    expect(res.totalBytesProcessed).toBe("16");
    expect(res.rows).toBeUndefined();
    expect(res.jobReference.jobId).toBeUndefined();
    expect(emu.bigquery.jobs()).toEqual([]);
  });

  it("pages rows with maxResults and getQueryResults' pageToken", () => {
    const emu = loaded();
    const first = emu.globals.BigQuery.Jobs.query(
      standard(`SELECT person_id FROM \`${TABLE}\` ORDER BY person_id`, { maxResults: 2 }),
      "acme-billing",
    );
    expect(first.rows?.map((r) => r.f[0]?.v)).toEqual(["p1", "p2"]);
    expect(first.totalRows).toBe("3");
    const jobId = first.jobReference.jobId as string;
    const rest = emu.globals.BigQuery.Jobs.getQueryResults("acme-billing", jobId, { pageToken: first.pageToken as string });
    expect(rest.rows?.map((r) => r.f[0]?.v)).toEqual(["p3"]);
    expect(rest.pageToken).toBeUndefined();
  });

  it("answers jobComplete false until the job's run time has been waited for", () => {
    const emu = loaded();
    emu.bigquery.setJobDuration(25_000);
    const res = emu.globals.BigQuery.Jobs.query(standard(`SELECT COUNT(*) AS n FROM \`${TABLE}\``, { timeoutMs: 10_000 }), "acme-billing");
    expect(res.jobComplete).toBe(false);
    const jobId = res.jobReference.jobId as string;
    expect(emu.globals.BigQuery.Jobs.getQueryResults("acme-billing", jobId, { timeoutMs: 10_000 }).jobComplete).toBe(false);
    expect(emu.globals.BigQuery.Jobs.getQueryResults("acme-billing", jobId, { timeoutMs: 10_000 }).rows).toEqual([{ f: [{ v: "3" }] }]);
  });

  it("refuses as BigQuery does: missing table, unknown column, type mismatch, permission, quota, legacy SQL", () => {
    const emu = loaded();
    const run =
      (sql: string, project = "acme-billing", extra = {}) =>
      () =>
        emu.globals.BigQuery.Jobs.query(standard(sql, extra), project);
    expect(run("SELECT COUNT(*) FROM `acme-prod.crm.users`")).toThrow(
      "API call to bigquery.jobs.query failed with error: Not found: Table acme-prod:crm.users was not found in location US",
    );
    expect(run(`SELECT COUNT(*) FROM \`${TABLE}\`\nWHERE \`country\` = 'DE'`, "acme-billing", { dryRun: true })).toThrow(
      "API call to bigquery.jobs.query failed with error: Unrecognized name: country at [2:7]",
    );
    expect(run(`SELECT COUNTIF(plan = 4) FROM \`${TABLE}\``, "acme-billing", { dryRun: true })).toThrow(
      "No matching signature for operator = for argument types: STRING, INT64",
    );
    emu.bigquery.denyProject("other-project");
    expect(run(`SELECT 1 FROM \`${TABLE}\``, "other-project")).toThrow(
      "Access Denied: Project other-project: User does not have bigquery.jobs.create permission in project other-project.",
    );
    emu.bigquery.exceedQuota();
    expect(run(`SELECT 1 FROM \`${TABLE}\``)).toThrow("Quota exceeded: Your project exceeded quota for free query bytes scanned.");
    expect(() => emu.globals.BigQuery.Jobs.query({ query: `SELECT 1 FROM \`${TABLE}\`` }, "acme-billing")).toThrow("Invalid table name");
    expect(() => emu.globals.BigQuery.Jobs.getQueryResults("acme-billing", "job_nope")).toThrow("Not found: Job acme-billing:US.job_nope");
  });

  it("needs a BigQuery scope: cloud-platform.read-only is the narrowest", () => {
    const base = "https://www.googleapis.com/auth/";
    const emu = createEmulator({ manifest: { oauthScopes: [`${base}spreadsheets.currentonly`, `${base}cloud-platform.read-only`] } });
    emu.bigquery.loadTable(TABLE, ROWS, SCHEMA);
    emu.revokeScopes([`${base}cloud-platform.read-only`]);
    const query = () => emu.globals.BigQuery.Jobs.query(standard(`SELECT 1 AS one FROM \`${TABLE}\``), "acme-billing");
    expect(query).toThrow("API call to bigquery.jobs.query failed with error: Request had insufficient authentication scopes.");
    emu.grantScopes([`${base}cloud-platform.read-only`]);
    expect(query().rows).toEqual([{ f: [{ v: "1" }] }, { f: [{ v: "1" }] }, { f: [{ v: "1" }] }]);
  });
});
