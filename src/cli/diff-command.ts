// `diff old.json new.json`: prints the changes, one line per field, marks
// breaking ones, and fails (exit 1) on breaking changes unless told otherwise.

import { UsageError, expectFiles, expectOptions } from "./args";
import type { ParsedArgs } from "./args";
import { EXIT_FAIL, EXIT_OK } from "./io";
import type { CliIo } from "./io";
import { loadPlan } from "./load-plan";
import { diffPlans } from "./plan-diff";
import type { PlanChange } from "./plan-diff";

const FAIL_ON = ["breaking", "any", "none"] as const;
const SIGN = { added: "+", removed: "-", changed: "~" } as const;

export function diffCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ["fail-on"]);
  expectFiles(args, 2, "two plan files: diff old.json new.json");
  const failOn = args.options.get("fail-on") ?? "breaking";
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")} (not "${failOn}")`);
  const [oldPath, newPath] = args.positionals;
  const changes = diffPlans(loadPlan(io, oldPath), loadPlan(io, newPath));
  if (changes.length === 0) {
    io.out(`No changes between ${oldPath} and ${newPath}\n`);
    return EXIT_OK;
  }
  io.out(`${changes.map(formatChange).join("\n")}\n`);
  const breaking = changes.filter((c) => c.breaking).length;
  io.out(`${changes.length} ${changes.length === 1 ? "change" : "changes"}, ${breaking} breaking\n`);
  const fails = failOn === "any" || (failOn === "breaking" && breaking > 0);
  return fails ? EXIT_FAIL : EXIT_OK;
}

export function formatChange(change: PlanChange): string {
  const subject = `${SIGN[change.kind]} ${change.item} ${change.id}`;
  const detail = change.field === undefined ? "" : `: ${change.field} ${show(change.before)} → ${show(change.after)}`;
  return `${subject}${detail}${change.breaking ? `  [breaking: ${change.breaking}]` : ""}`;
}

const show = (value: unknown): string => (value === null || value === undefined ? "(none)" : JSON.stringify(value));
