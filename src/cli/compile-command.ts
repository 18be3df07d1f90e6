// `compile plan.json --dialect bigquery`: one SELECT of member IDs per
// profile. Attributes with a Source field read that column.

import { compileProfile, DIALECTS, isDialectName } from "../domain/sql";
import { UsageError, expectFiles, expectOptions } from "./args";
import type { ParsedArgs } from "./args";
import { EXIT_FAIL, EXIT_OK } from "./io";
import type { CliIo } from "./io";
import { loadPlan } from "./load-plan";
import { attributeInfos } from "./plan-file";
import { checkProfile, formatProblem } from "./plan-logic";

export function compileCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ["dialect", "table", "id-column", "now"]);
  expectFiles(args, 1, "one plan file: compile plan.json --dialect bigquery");
  const dialect = args.options.get("dialect");
  if (dialect === undefined || !isDialectName(dialect)) {
    throw new UsageError(`--dialect must be one of ${DIALECTS.join(", ")}${dialect === undefined ? "" : ` (not "${dialect}")`}`);
  }
  const nowText = args.options.get("now");
  const now = nowText === undefined ? undefined : new Date(nowText);
  if (now !== undefined && Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO timestamp such as 2025-06-15T12:00:00Z (not "${nowText}")`);

  const plan = loadPlan(io, args.positionals[0]);
  const attributes = attributeInfos(plan);
  const sourceFields = new Map(plan.attributes.map((a) => [a.id, a.sourceField ?? a.id]));
  const options = {
    dialect,
    attributes,
    table: args.options.get("table") ?? "people",
    idColumn: args.options.get("id-column"),
    columnOf: (id: string) => sourceFields.get(id) ?? id,
    now,
  };
  const blocks: string[] = [];
  let failed = 0;
  for (const profile of plan.profiles) {
    const checked = checkProfile(profile, attributes);
    if (checked.problems.length > 0 || !checked.eligibility) {
      failed++;
      io.err(`${checked.problems.map(formatProblem).join("\n")}\n`);
      continue;
    }
    const logic = { eligibility: checked.eligibility, suppression: checked.suppression, score: checked.score, scoreThreshold: profile.scoreThreshold };
    const { select } = compileProfile(logic, options);
    blocks.push(`-- profile ${profile.id.replace(/[\r\n]/g, " ")}\n${select};`);
  }
  if (blocks.length > 0) io.out(`${blocks.join("\n\n")}\n`);
  if (failed > 0) io.err(`${failed} ${failed === 1 ? "profile was" : "profiles were"} not compiled: fix the errors above (run validate)\n`);
  return failed > 0 ? EXIT_FAIL : EXIT_OK;
}
