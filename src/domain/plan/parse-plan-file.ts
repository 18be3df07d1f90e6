import * as z from "zod/mini";
import { MAX_CELL_TEXT, planFileSizeProblem } from "./limits";
import { PlanDocument, SCHEMA_VERSION } from "./plan-document";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const SHOWN_PROBLEMS = 5;

export type ParsedPlanFile = { ok: true; plan: PlanDocument } | { ok: false; problems: string[] };

/**
 * Reads a plan file's text, refusing anything that is not a plan this
 * add-on wrote: invalid JSON, oversized files or cells (limits.ts),
 * prototype-polluting keys, wrong types. Lists the first problems; never throws.
 *
 * `trusted`: the text is, byte for byte, what this same build wrote (the
 * export state says so), so it is only parsed as JSON: the schema check,
 * a sixth of an export's time at 10,000 rows, would find nothing.
 */
export function parsePlanFile(text: unknown, trusted = false): ParsedPlanFile {
  if (typeof text !== "string") return fail(["The plan must be given as the text of a JSON file."]);
  if (trusted) {
    try {
      return { ok: true, plan: JSON.parse(text) as PlanDocument };
    } catch {
      // Not what was written after all: checked in full below.
    }
  }
  const tooLarge = planFileSizeProblem(text);
  if (tooLarge) return fail([tooLarge]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail([`The file is not valid JSON (${(error as Error).message}).`]);
  }
  const structural = scan(data, "plan", []);
  if (structural.length > 0) return fail(structural);
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION)
    return fail([`This is not a plan file of this add-on (schemaVersion ${JSON.stringify(version)}, expected ${SCHEMA_VERSION}).`]);
  const parsed = z.safeParse(PlanDocument, data);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => `${pathText(issue.path)}: ${issue.message}`));
  }
  return { ok: true, plan: parsed.data };
}

function fail(problems: string[]): ParsedPlanFile {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  if (problems.length > SHOWN_PROBLEMS) shown.push(`… and ${problems.length - SHOWN_PROBLEMS} more problems.`);
  return { ok: false, problems: shown };
}

/**
 * Keys that could reach an object's prototype, and strings no cell can hold.
 * Iterative: nesting depth cannot overflow. A path is spelled out only for a
 * problem: each node keeps its parent and key, not a string built per node.
 */
function scan(root: unknown, rootPath: string, problems: string[]): string[] {
  type Node = { value: unknown; parent: Node | null; key: string; index: boolean };
  const pathOf = (node: Node): string => {
    const parts: string[] = [];
    for (let at: Node | null = node; at?.parent; at = at.parent) parts.push(at.index ? `[${at.key}]` : `.${at.key}`);
    return rootPath + parts.reverse().join("");
  };
  const stack: Node[] = [{ value: root, parent: null, key: "", index: false }];
  while (stack.length > 0 && problems.length <= SHOWN_PROBLEMS) {
    const node = stack.pop()!;
    const value = node.value;
    if (typeof value === "string") {
      if (value.length > MAX_CELL_TEXT)
        problems.push(
          `${pathOf(node)} holds ${value.length.toLocaleString("en-US")} characters; a cell holds at most ${MAX_CELL_TEXT.toLocaleString("en-US")}.`,
        );
    } else if (value && typeof value === "object") {
      const index = Array.isArray(value);
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) problems.push(`${pathOf(node)} has a key "${key}", which a plan never holds.`);
        else {
          const child = (value as Record<string, unknown>)[key];
          // Numbers, booleans and null hold nothing to check.
          if (typeof child === "string" ? child.length > MAX_CELL_TEXT : child !== null && typeof child === "object")
            stack.push({ value: child, parent: node, key, index });
        }
      }
    }
  }
  return problems;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : `${text}.${String(part)}`), "plan");
}
