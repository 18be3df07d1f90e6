// "Estimate on warehouse": the plan's audiences counted on the BigQuery
// table the Plan names, in one scan. It asks for BigQuery's scope only now
// (granular consent), dry-runs first and stops above the Plan's byte limit
// unless the person confirmed that size, then runs the scan and keeps the
// result in the document's properties. Nothing touches a sheet; a refusal
// leaves the previous estimate in place.

import { AddOnError } from "../domain/errors";
import { warehouseColumns } from "../domain/plan/profile-sql";
import { DEFAULT_ESTIMATE_BYTE_LIMIT_GB } from "../domain/schema/plan-inputs";
import { compileOneScan, parseOneScanRow, type ScanActivation, type ScanProfile } from "../domain/sql";
import { type Finding, validateWorkbook } from "../domain/validation";
import { profilesToCompile } from "../domain/plan/profiles-to-compile";
import { activeSpreadsheet } from "../sheets/active";
import { readWorkbook } from "../sheets/read-workbook";
import { retried } from "../platform/service-retry";
import { coverageFindings, type WarehouseEstimate, type WarehouseEstimateResult } from "../domain/api/warehouse";
import { readWarehouseEstimate, writeWarehouseEstimate } from "../store/warehouse-estimate-store";
import { BIGQUERY_SCOPE, dryRunBytes, runQuery, WarehouseError } from "../warehouse/bigquery-jobs";
import { requireScopes } from "../platform/authorization";

const GB = 1_000_000_000;

export function estimateOnWarehouse(confirmBytes: number | undefined, now: Date): WarehouseEstimateResult {
  const spreadsheet = retried(activeSpreadsheet);
  const { raw, timeZone } = retried(() => readWorkbook(spreadsheet));
  const validation = validateWorkbook(raw, { now, timeZone, analyses: false });
  const { context } = validation;
  const plan = context.workbook.plan.values;
  if (plan.warehouse !== "bigquery") {
    throw new AddOnError("REFUSED_INPUT", 'Estimate on warehouse needs Warehouse set to "bigquery" on the Plan sheet.');
  }
  const table = plan.warehouseTable;
  if (!table) throw new AddOnError("REFUSED_INPUT", "Estimate on warehouse needs the Plan's Warehouse table, as project.dataset.table.");
  const billingProject = plan.billingProject?.trim() || (table.split(".")[0] as string);

  const profiles: ScanProfile[] = [];
  const notEstimated: WarehouseEstimate["notEstimated"] = [];
  for (const profile of profilesToCompile(validation)) {
    if ("logic" in profile)
      profiles.push({ id: profile.id, priority: context.profiles.get(profile.id)?.values.priority ?? null, ...profile.logic });
    else notEstimated.push({ profileId: profile.id, why: whyNotCompiled(profile.problems) });
  }
  if (profiles.length === 0)
    throw new AddOnError(
      "REFUSED_INPUT",
      "Estimate on warehouse found no profile whose logic compiles: Validate and fix 3 Profiles first.",
    );
  const activations: ScanActivation[] = context.workbook.activations.rows.flatMap(({ values }) =>
    values.profileId && values.channel
      ? [{ profileId: values.profileId, channel: values.channel, holdoutPct: values.holdoutPct ?? null }]
      : [],
  );
  const used = [...new Set(profiles.flatMap((p) => [...(context.logic.get(p.id)?.references ?? [])]))];
  const columnOf = warehouseColumns(context);
  const scan = compileOneScan(
    { profiles, activations, measure: used },
    // One backtick pair around project.dataset.table: a project ID may hold dashes.
    { dialect: "bigquery", table: [table], attributes: context.attributeTypes, columnOf, now },
  );
  const personId = plan.personIdColumn?.trim();
  // Naming the Person ID column lets the dry run prove it exists; COUNT(col) costs its bytes only.
  const innermost = scan.sql.lastIndexOf("\n  ) AS f");
  const sql = personId
    ? `${scan.sql.slice(0, innermost)}\n    WHERE \`${personId.replace(/[`\\]/g, "\\$&")}\` IS NOT NULL${scan.sql.slice(innermost)}`
    : scan.sql;

  requireScopes([BIGQUERY_SCOPE]);
  const attributeOf = new Map(used.map((id) => [columnOf(id).toLowerCase(), id]));
  try {
    const bytes = dryRunBytes(sql, billingProject);
    const limitBytes = (plan.estimateByteLimit ?? DEFAULT_ESTIMATE_BYTE_LIMIT_GB) * GB;
    if (bytes > limitBytes && confirmBytes !== bytes) {
      return { status: "confirm", bytes, limitBytes, query: sql, previous: readWarehouseEstimate() };
    }
    const run = runQuery(sql, billingProject);
    const row = run.rows[0];
    if (!row) throw new WarehouseError("other", "The scan returned no row.");
    const counts = parseOneScanRow(scan.layout, row);
    const typed = new Map(used.map((id) => [id, context.attributes.get(id)?.values.coveragePct ?? null]));
    const estimate: WarehouseEstimate = {
      query: sql,
      bytes: run.bytes,
      jobId: run.jobId,
      at: now.toISOString(),
      table,
      billingProject,
      people: counts.people,
      profiles: counts.profiles,
      notEstimated,
      channels: counts.channels.map((c) => ({
        channel: c.channel,
        reached: c.reached,
        activated: c.activated,
        branches: c.branches.map((b) => ({ profileId: b.profileId, receives: b.receives, heldOut: b.heldOut, activated: b.activated })),
      })),
      coverage: counts.coverage.map((c) => ({ ...c, typedPct: typed.get(c.attributeId) ?? null })),
    };
    writeWarehouseEstimate(estimate);
    return { status: "done", estimate, findings: coverageFindings(estimate, context) };
  } catch (error) {
    if (error instanceof WarehouseError) throw refusal(error, table, billingProject, personId, attributeOf);
    throw error;
  }
}

/** The first problem, where it is, in its first line (not the logic quoted under it): the sidebar lists each profile left out. */
function whyNotCompiled(problems: readonly Finding[]): string {
  const [first] = problems;
  return first
    ? `${first.sheet} row ${first.row}, ${first.column}: ${first.message.split("\n")[0]}`
    : "its logic does not check: run Validate to see why.";
}

function refusal(
  error: WarehouseError,
  table: string,
  project: string,
  personId: string | undefined,
  attributeOf: ReadonlyMap<string, string>,
): AddOnError {
  const said = `BigQuery said: ${error.bigQueryMessage}`;
  const kept = "The previous estimate is kept.";
  switch (error.problem) {
    case "table":
      return new AddOnError("REFUSED_INPUT", `Estimate on warehouse: the Plan's Warehouse table ${table} was not found. ${said} ${kept}`);
    case "column": {
      const name = /^Unrecognized name: (\S+)/.exec(error.bigQueryMessage)?.[1] ?? "";
      const attribute = attributeOf.get(name.toLowerCase());
      const role =
        personId && name.toLowerCase() === personId.toLowerCase()
          ? ", the Plan's Person ID column"
          : attribute
            ? `, attribute ${attribute}'s column (its Source field on 2 Attributes, else its ID)`
            : "";
      const where = `column ${name}${role}`;
      return new AddOnError("REFUSED_INPUT", `Estimate on warehouse: ${table} has no ${where}. ${said} ${kept}`);
    }
    case "type":
      return new AddOnError(
        "REFUSED_INPUT",
        `Estimate on warehouse: a column of ${table} has another type than its attribute's Type on 2 Attributes. ${said} ${kept}`,
      );
    case "permission":
      return new AddOnError(
        "REFUSED_INPUT",
        `Estimate on warehouse: you may not run queries in the Plan's Billing project ${project}. ${said} ${kept}`,
      );
    case "quota":
      return new AddOnError(
        "LIMIT",
        `Estimate on warehouse: BigQuery's quota for ${project} is used up; try later or choose another Billing project. ${said} ${kept}`,
      );
    case "timeout":
      return new AddOnError(
        "LIMIT",
        `Estimate on warehouse: the scan would not finish within Apps Script's 6-minute limit. ${said} ${kept}`,
      );
    case "scope":
      return new AddOnError(
        "REFUSED_INPUT",
        `Estimate on warehouse needs your permission to view BigQuery data: run it again and allow it. ${kept}`,
      );
    default:
      return new AddOnError("SERVICE_UNAVAILABLE", `Estimate on warehouse did not finish. ${said} ${kept}`);
  }
}
