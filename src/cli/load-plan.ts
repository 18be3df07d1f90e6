// Reads a plan file for a command: unreadable files are usage errors (exit 2);
// files that are not plans this add-on exported are failures (exit 1) that
// list what is wrong, in the words the Import dialog uses.

import { parsePlanFile } from "../domain/plan/parse-plan-file";
import type { PlanDocument } from "../domain/plan/plan-document";
import { UsageError } from "./args";
import type { CliIo } from "./io";

export class PlanFileError extends Error {
  override name = "PlanFileError";
}

export function loadPlan(io: CliIo, path: string): PlanDocument {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = parsePlanFile(text);
  if (!parsed.ok) throw new PlanFileError(`${path} is not a plan file:\n${parsed.problems.map((problem) => `  ${problem}`).join("\n")}`);
  return parsed.plan;
}
