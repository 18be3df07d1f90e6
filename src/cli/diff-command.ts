// `diff old.json new.json`: the add-on's own plan diff, one line per field,
// breaking changes first and marked; fails (exit 1) on breaking changes
// unless --fail-on says otherwise.

import { diffPlans } from "../domain/plan/diff-plans";
import type { Change } from "../domain/plan/plan-document";
import { UsageError, expectFiles, expectOptions } from "./args";
import type { ParsedArgs } from "./args";
import { EXIT_FAIL, EXIT_OK } from "./io";
import type { CliIo } from "./io";
import { loadPlan } from "./load-plan";
import { count } from "./plural";

const FAIL_ON = ["breaking", "any", "none"] as const;
const SIGN = { added: "+", removed: "-", changed: "~" } as const;

export function diffCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ["fail-on"]);
  expectFiles(args, 2, "two plan files: diff old.json new.json");
  const failOn = args.options.get("fail-on") ?? "breaking";
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")} (not "${failOn}")`);
  const [oldPath, newPath] = args.positionals;
  const changes = diffPlans(loadPlan(io, oldPath), loadPlan(io, newPath));
  if (changes.length === 0) {
    io.out(`No changes between ${oldPath} and ${newPath}\n`);
    return EXIT_OK;
  }
  const breaking = changes.filter((c) => c.breaking).length;
  io.out(`${changes.map(formatChange).join("\n")}\n${count(changes.length, "change")}, ${breaking} breaking\n`);
  const fails = failOn === "any" || (failOn === "breaking" && breaking > 0);
  return fails ? EXIT_FAIL : EXIT_OK;
}

function formatChange(change: Change): string {
  const subject = `${SIGN[change.change]} ${change.section} ${change.id}`;
  // An input's ID is its field name: say it once.
  const field = change.field === undefined || change.field === change.id ? "" : `${change.field} `;
  const detail = change.change === "changed" ? `: ${field}${show(change.before)} → ${show(change.after)}` : "";
  return `${subject}${detail}${change.breaking ? `  [breaking${change.reason ? `: ${change.reason}` : ""}]` : ""}`;
}

const show = (value: unknown): string => (value === null || value === undefined ? "(none)" : JSON.stringify(value));
