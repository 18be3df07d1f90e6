// `validate plan.json`: every profile's logic parses and type-checks against
// the plan's attributes; activations name existing profiles.

import { expectFiles, expectOptions } from "./args";
import type { ParsedArgs } from "./args";
import { EXIT_FAIL, EXIT_OK } from "./io";
import type { CliIo } from "./io";
import { loadPlan } from "./load-plan";
import { attributeInfos } from "./plan-file";
import { checkProfile, formatProblem } from "./plan-logic";

export function validateCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, []);
  expectFiles(args, 1, "one plan file: validate plan.json");
  const path = args.positionals[0];
  const plan = loadPlan(io, path);
  const attributes = attributeInfos(plan);
  const lines: string[] = [];
  for (const attribute of plan.attributes) {
    if (attributes.get(attribute.id)?.type === "unknown") {
      lines.push(`attribute ${attribute.id}: type "${attribute.type}" is not one of string, number, integer, boolean, date, timestamp, enum, string_list`);
    }
  }
  for (const profile of plan.profiles) lines.push(...checkProfile(profile, attributes).problems.map(formatProblem));
  const profileIds = new Set(plan.profiles.map((p) => p.id));
  for (const activation of plan.activations) {
    if (!profileIds.has(activation.profileId)) lines.push(`activation on ${activation.channel}: profile ${activation.profileId} does not exist in the plan`);
  }
  const summary = [count(plan.profiles.length, "profile"), count(plan.attributes.length, "attribute"), count(plan.activations.length, "activation")].join(", ");
  if (lines.length === 0) {
    io.out(`${path}: ${summary} — no errors\n`);
    return EXIT_OK;
  }
  io.out(`${lines.join("\n")}\n`);
  io.err(`${path}: ${count(lines.length, "error")} (${summary})\n`);
  return EXIT_FAIL;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
