// Reads a plan file for a command: unreadable files are usage errors (exit 2),
// files that are not plans are failures (exit 1) with the reason.

import { UsageError } from "./args";
import type { CliIo } from "./io";
import { readPlan } from "./plan-file";
import type { PlanFile } from "./plan-file";

export class PlanFileError extends Error {
  override name = "PlanFileError";
}

export function loadPlan(io: CliIo, path: string): PlanFile {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  const read = readPlan(text, path);
  if (!read.ok) throw new PlanFileError(read.message);
  return read.plan;
}
