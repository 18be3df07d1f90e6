// `estimate plan.json people.csv`: the plan's audiences counted on real data,
// for teams whose warehouse is not BigQuery. The people file (CSV, Parquet or
// a DuckDB database) is opened in DuckDB, its columns checked against the
// attributes' Types, and the one-scan SELECT (src/domain/sql/one-scan.ts)
// counts every profile, every channel's decision tree and the measured
// coverage of each attribute used in a single pass.

import { planToRawWorkbook } from "../domain/plan/plan-to-sheets";
import { warehouseColumns } from "../domain/plan/profile-sql";
import { compileOneScan, parseOneScanRow } from "../domain/sql";
import type { ScanActivation, ScanProfile } from "../domain/sql";
import { validateWorkbook } from "../domain/validation";
import { UsageError, expectFiles, expectOptions } from "./args";
import type { ParsedArgs } from "./args";
import { coverageGaps, formatEstimate } from "./estimate-report";
import { TYPED_VIEW, sourceKind, sourceRelation, typedSource } from "./estimate-source";
import type { ColumnUse } from "./estimate-source";
import { formatFinding } from "./format-finding";
import { EXIT_FAIL, EXIT_OK } from "./io";
import type { CliIo } from "./io";
import { loadPlan } from "./load-plan";
import { profilesToCompile } from "../domain/plan/profiles-to-compile";

const FAIL_ON = ["error", "warning"] as const;
const FORMATS = ["text", "json"] as const;

export async function estimateCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  expectOptions(args, ["table", "now", "fail-on", "format"]);
  expectFiles(args, 2, "a plan file and a people file: estimate plan.json people.csv");
  const failOn = args.options.get("fail-on") ?? "error";
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")} (not "${failOn}")`);
  const format = args.options.get("format") ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be text or json (not "${format}")`);
  const nowText = args.options.get("now");
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO timestamp such as 2025-06-15T12:00:00Z (not "${nowText}")`);
  const [planPath, dataPath] = args.positionals;
  const plan = loadPlan(io, planPath);
  const kind = sourceKind(dataPath);

  const result = validateWorkbook(planToRawWorkbook(plan));
  const { context } = result;
  const profiles: ScanProfile[] = [];
  let skipped = 0;
  for (const profile of profilesToCompile(result)) {
    if ("problems" in profile) {
      skipped++;
      io.err(`${[`profile ${profile.id} was not estimated:`, ...profile.problems.map(formatFinding)].join("\n")}\n`);
    } else profiles.push({ id: profile.id, priority: context.profiles.get(profile.id)?.values.priority ?? null, ...profile.logic });
  }
  const activations: ScanActivation[] = context.workbook.activations.rows.flatMap(({ values }) =>
    values.profileId && values.channel
      ? [{ profileId: values.profileId, channel: values.channel, holdoutPct: values.holdoutPct ?? null }]
      : [],
  );
  const columnOf = warehouseColumns(context);
  const used = [...new Set(profiles.flatMap((p) => [...(context.logic.get(p.id)?.references ?? [])]))];
  const uses: ColumnUse[] = used.flatMap((id) => {
    const attribute = context.attributeTypes.get(id);
    return attribute ? [{ attribute, column: columnOf(id) }] : [];
  });

  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    // ISO texts without an offset are UTC, as in the add-on; TIMESTAMPTZ columns are converted explicitly anyway.
    await db.run("SET TimeZone = 'UTC'");
    const relation = await sourceRelation(db, dataPath, kind, args.options.get("table") ?? "people").catch((error: Error) => {
      throw new UsageError(`Cannot open ${dataPath}: ${error.message.split("\n")[0]}`);
    });
    const typed = await typedSource(db, relation, kind, uses, dataPath).catch((error: Error) => {
      throw new UsageError(`Cannot read ${dataPath}: ${error.message.split("\n")[0]}`);
    });
    if (typed.problems.length > 0) {
      io.err(`${dataPath} does not fit the plan's attributes:\n${typed.problems.map((p) => `  ${p}`).join("\n")}\n`);
      return EXIT_FAIL;
    }
    const scan = compileOneScan(
      { profiles, activations, measure: used },
      { dialect: "duckdb", table: TYPED_VIEW, attributes: context.attributeTypes, columnOf, now },
    );
    const reader = await db.runAndReadAll(scan.sql);
    const row = Object.fromEntries(reader.getRows()[0].map((value, i) => [reader.columnNames()[i], value]));
    const estimate = parseOneScanRow(scan.layout, row);
    const typedCoverage = new Map(used.map((id) => [id, context.attributes.get(id)?.values.coveragePct ?? null]));
    const gaps = coverageGaps(estimate, typedCoverage);
    if (format === "json")
      io.out(`${JSON.stringify({ plan: planPath, data: dataPath, now: now.toISOString(), ...estimate, coverageGaps: gaps }, null, 2)}\n`);
    else io.out(formatEstimate({ planPath, dataPath, estimate, typedCoverage, gaps, conversions: typed.conversions }));
    const fails = skipped > 0 || (failOn === "warning" && gaps.length > 0);
    return fails ? EXIT_FAIL : EXIT_OK;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
