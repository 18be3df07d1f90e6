import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTableFlag, sampleTable, tableFromFile } from "../../../emulator/playground/bigquery-tables";
import { parseCliOptions } from "../../../emulator/playground/cli-options";

describe("the playground's BigQuery tables", () => {
  it("takes --bigquery-table in both forms, once per table", () => {
    const options = parseCliOptions(
      ["--bigquery-table", "acme.crm.people=people.csv", "--bigquery-table=acme.crm.leads=leads.parquet"],
      {},
    );
    expect(options.bigqueryTables?.map(parseTableFlag)).toEqual([
      { name: "acme.crm.people", path: "people.csv" },
      { name: "acme.crm.leads", path: "leads.parquet" },
    ]);
    expect(() => parseTableFlag("crm.people=people.csv")).toThrow(/project\.dataset\.table=path\.csv/);
  });

  it("serves a CSV with the column types DuckDB reads in it", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "bq-table-")), "people.csv");
    writeFileSync(path, "person_id,plan,signup_date,seats_used,unsubscribed\na,free,2026-11-20,,false\nb,pro,2025-01-02,12,true\n");
    const table = await tableFromFile("acme.crm.people", path);
    expect(table.schema).toEqual([
      { name: "person_id", type: "STRING" },
      { name: "plan", type: "STRING" },
      { name: "signup_date", type: "DATE" },
      { name: "seats_used", type: "INT64" },
      { name: "unsubscribed", type: "BOOL" },
    ]);
    expect(table.rows[0]).toEqual({ person_id: "a", plan: "free", signup_date: "2026-11-20", seats_used: null, unsubscribed: false });
    await expect(tableFromFile("acme.crm.people", "people.json")).rejects.toThrow(/must be a \.csv or \.parquet file/);
  });

  it("generates the same 1,000 sample people on every start, counted back from the day it starts", () => {
    const day = new Date("2026-12-02T10:00:00Z");
    const first = sampleTable(day);
    expect(first.rows).toHaveLength(1000);
    expect(sampleTable(new Date("2026-12-02T23:00:00Z")).rows).toEqual(first.rows);
    expect(first.rows.filter((r) => r.seats_used === null).length).toBeGreaterThan(200);
  });
});
