// `compile plan.json --dialect bigquery`: one SELECT of member IDs per
// profile, from the logic the add-on's validation parsed and type-checked.
// Attributes with a Source field read that column (its last dot-separated part).

import { DEFAULT_TABLE, warehouseColumns } from "../domain/plan/profile-sql";
import { planToRawWorkbook } from "../domain/plan/plan-to-sheets";
import { compileOneScan, compileProfile, DIALECTS, isDialectName } from "../domain/sql";
import type { ScanProfile } from "../domain/sql";
import { validateWorkbook } from "../domain/validation";
import { UsageError, expectFiles, expectOptions } from "./args";
import type { ParsedArgs } from "./args";
import { formatFinding } from "./format-finding";
import { EXIT_FAIL, EXIT_OK } from "./io";
import type { CliIo } from "./io";
import { loadPlan } from "./load-plan";
import { count } from "./plural";
import { profilesToCompile } from "../domain/plan/profiles-to-compile";

const SNOWFLAKE_UNVERIFIED =
  "-- Snowflake SQL: not run on a Snowflake engine by this project's tests (its FLOAT overflow behaviour is unverified; README: Warehouse SQL).";

export function compileCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ["dialect", "table", "id-column", "now", "scan"]);
  expectFiles(args, 1, "one plan file: compile plan.json --dialect bigquery");
  const dialect = args.options.get("dialect");
  if (dialect === undefined || !isDialectName(dialect)) {
    throw new UsageError(`--dialect must be one of ${DIALECTS.join(", ")}${dialect === undefined ? "" : ` (not "${dialect}")`}`);
  }
  const nowText = args.options.get("now");
  const now = nowText === undefined ? undefined : new Date(nowText);
  if (now !== undefined && Number.isNaN(now.getTime()))
    throw new UsageError(`--now must be an ISO timestamp such as 2025-06-15T12:00:00Z (not "${nowText}")`);

  const result = validateWorkbook(planToRawWorkbook(loadPlan(io, args.positionals[0])));
  const { attributeTypes } = result.context;
  const options = {
    dialect,
    attributes: attributeTypes,
    table: args.options.get("table") ?? DEFAULT_TABLE,
    idColumn: args.options.get("id-column"),
    columnOf: warehouseColumns(result.context),
    now,
  };
  const blocks: string[] = [];
  const scanned: ScanProfile[] = [];
  let skipped = 0;
  for (const profile of profilesToCompile(result)) {
    if ("problems" in profile) {
      skipped++;
      io.err(`${[`profile ${profile.id} was not compiled:`, ...profile.problems.map(formatFinding)].join("\n")}\n`);
      continue;
    }
    scanned.push({ id: profile.id, priority: result.context.profiles.get(profile.id)?.values.priority ?? null, ...profile.logic });
    // Compiled IDs passed the Profile ID pattern, so one cannot break out of the comment.
    blocks.push(`-- profile ${profile.id}\n${compileProfile(profile.logic, options).select};`);
  }
  if (args.options.has("scan") && scanned.length > 0) {
    const activations = result.context.workbook.activations.rows.flatMap(({ values }) =>
      values.profileId && values.channel
        ? [{ profileId: values.profileId, channel: values.channel, holdoutPct: values.holdoutPct ?? null }]
        : [],
    );
    const { sql, layout } = compileOneScan({ profiles: scanned, activations }, options);
    const legend = [
      ...layout.profiles.map((p) => `-- ${p.aliases.members.replace("_members", "")}: profile ${p.id}`),
      ...layout.channels.flatMap((c) => c.branches.map((b) => `-- ${b.alias}: ${c.channel} gives ${b.profileId}`)),
      ...layout.coverage.map((c) => `-- ${c.alias}: rows with ${c.attributeId}`),
    ];
    blocks.splice(0, blocks.length, `${legend.join("\n")}\n${sql};`);
  }
  // Said in the SQL itself, so it travels with a copy: the other three dialects are run by the differential tests.
  if (dialect === "snowflake" && blocks.length > 0) blocks.unshift(SNOWFLAKE_UNVERIFIED);
  if (blocks.length > 0) io.out(`${blocks.join("\n\n")}\n`);
  if (skipped > 0)
    io.err(`${count(skipped, "profile")} ${skipped === 1 ? "was" : "were"} not compiled: fix the errors above (run validate)\n`);
  return skipped > 0 ? EXIT_FAIL : EXIT_OK;
}
