import { shortHash } from "../plan/short-hash";
import type { DropdownRule, SheetEdit, SheetPlan } from "./sheet-edits";

type DropdownsEdit = Extract<SheetEdit, { kind: "dropdowns" }>;

/**
 * The fingerprint of every dropdown the plans put in place (lists and help
 * texts): when it equals the one stored by the last Set up, the rules in the
 * sheets are the template's, and only cells left without one need writing.
 */
export function dropdownFingerprint(plans: readonly (SheetPlan | null)[]): string {
  // Rows share their line and lines their rules: each object is looked at once, not once a cell.
  const lines = new Set<readonly (DropdownRule | undefined)[]>();
  for (const plan of plans)
    for (const edit of plan?.edits ?? []) if (edit.kind === "dropdowns") for (const line of edit.rules) lines.add(line);
  const rules = new Set<DropdownRule>();
  for (const line of lines) for (const rule of line) if (rule) rules.add(rule);
  const specs = new Set([...rules].map((rule) => JSON.stringify(rule)));
  return shortHash(JSON.stringify([...specs].sort()));
}

/**
 * The edit cut down to the rows, first to last, where a cell the template
 * gives a dropdown has none (rows pasted over from elsewhere, rows added
 * since); null when every such cell has one. Writing 10,000 rows of rules
 * that are already there was most of a Set up re-run.
 */
export function rowsMissingRules(edit: DropdownsEdit, hasRule: (row: number, column: number) => boolean): DropdownsEdit | null {
  const { region, rules } = edit;
  const missing = (offset: number) =>
    rules[offset].some((rule, c) => rule !== undefined && !hasRule(region.row + offset, region.column + c));
  let first = 0;
  while (first < rules.length && !missing(first)) first++;
  if (first === rules.length) return null;
  let last = rules.length - 1;
  while (!missing(last)) last--;
  return {
    kind: "dropdowns",
    region: { ...region, row: region.row + first, rows: last - first + 1 },
    rules: rules.slice(first, last + 1),
  };
}
