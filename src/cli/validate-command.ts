// `validate plan.json`: the plan is turned back into the workbook it
// describes and validated by the add-on's own checks, so the command line
// reports exactly the findings the sidebar would, at the same cells. The
// plan's recorded approvals are checked against its content: an approval
// whose hash no longer matches is stale, and Approved by without a recorded
// approval does not count.

import * as z from "zod/mini";
import { ApprovalRecord } from "../domain/governance/approval-record";
import type { PlanDocument } from "../domain/plan/plan-document";
import { planToRawWorkbook } from "../domain/plan/plan-to-sheets";
import { validateWorkbook } from "../domain/validation";
import type { ValidationSummary } from "../domain/validation";
import { UsageError, expectFiles, expectOptions } from "./args";
import type { ParsedArgs } from "./args";
import { formatFinding } from "./format-finding";
import { EXIT_FAIL, EXIT_OK } from "./io";
import type { CliIo } from "./io";
import { loadPlan } from "./load-plan";
import { count } from "./plural";

/** Errors always fail; `--fail-on warning` also fails on warnings (info never does). */
const FAIL_ON = ["error", "warning"] as const;

export function validateCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ["fail-on", "now"]);
  expectFiles(args, 1, "one plan file: validate plan.json");
  const failOn = args.options.get("fail-on") ?? "error";
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")} (not "${failOn}")`);
  const nowText = args.options.get("now");
  const now = nowText === undefined ? undefined : new Date(nowText);
  if (now !== undefined && Number.isNaN(now.getTime()))
    throw new UsageError(`--now must be an ISO timestamp such as 2025-06-15T12:00:00Z (not "${nowText}")`);
  const path = args.positionals[0];
  const plan = loadPlan(io, path);
  // Profile tests, relative dates and review dates are judged at --now (default: the moment the command runs).
  const { findings, summary } = validateWorkbook(planToRawWorkbook(plan), { ...(now ? { now } : {}), approvals: recordedApprovals(plan) });
  const contents = [
    count(plan.profiles.length, "profile"),
    count(plan.attributes.length, "attribute"),
    count(plan.activations.length, "activation"),
  ].join(", ");
  for (const finding of findings) io.out(`${formatFinding(finding)}\n`);
  io.out(`${path}: ${tally(summary)} (${contents})\n`);
  const fails = summary.errors > 0 || (failOn === "warning" && summary.warnings > 0);
  return fails ? EXIT_FAIL : EXIT_OK;
}

/** A plan exported before approvals were recorded has none to check (undefined), unlike one whose list is empty. */
function recordedApprovals(plan: PlanDocument): ApprovalRecord[] | undefined {
  if (!plan.approvals) return undefined;
  return plan.approvals.flatMap(({ scope, item, approvedBy, approvedAt, approvedOn, hash }) => {
    const parsed = z.safeParse(ApprovalRecord, { scope, item, approvedBy, approvedAt, approvedOn, hash });
    return parsed.success ? [parsed.data] : [];
  });
}

function tally({ errors, warnings, infos }: ValidationSummary): string {
  if (errors + warnings + infos === 0) return "no findings";
  return [count(errors, "error"), count(warnings, "warning"), `${infos} info`].join(", ");
}
