import type * as z from "zod/mini";
import { describeColumns } from "../schema/columns";
import { PLAN_SHEET, SHEETS, TABLE_KEYS, TABLE_SHEETS, type TableKey } from "../schema/workbook";
import { normalizeLabel } from "../workbook/sheet-template";
import { finding, type Finding } from "./finding";
import { parsePlanTable, type PlanTable } from "./plan-table";
import { parseTable, type Table } from "./tables";

/** Each sheet's values as getValues returns them (header row first); a missing sheet is absent. */
export type RawWorkbook = Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>;

/** Each table sheet's rows, typed by its row schema, under its registry key. */
export type ParsedTables = { [K in TableKey]: Table<z.output<(typeof TABLE_SHEETS)[K]["row"]>> };

export type ParsedWorkbook = { plan: PlanTable } & ParsedTables;

export function parseWorkbook(raw: RawWorkbook, findings: Finding[]): ParsedWorkbook {
  findings.push(...setupFindings(raw));
  const plan = parsePlanTable(raw.Plan, findings);
  // Each entry is parsed with its own sheet's schema; the mapped type pairs them back by key.
  const tables = Object.fromEntries(
    TABLE_KEYS.map((key) => [key, parseTable(TABLE_SHEETS[key], raw[TABLE_SHEETS[key].name], findings)]),
  ) as ParsedTables;
  return { plan, ...tables };
}

const RUN_SETUP = "Run Set up sheets (Extensions → Personalization Profiles → Set up sheets), then validate again.";

/** One finding for all missing sheets, one per sheet missing columns: never a crash, never a flood. */
function setupFindings(raw: RawWorkbook): Finding[] {
  const missing = SHEETS.filter((sheet) => !raw[sheet.name]).map((sheet) => sheet.name);
  const result: Finding[] = [];
  if (missing.length === SHEETS.length) {
    return [finding("SETUP", { sheet: PLAN_SHEET.name, row: 1, column: "" }, `This spreadsheet has no plan yet. ${RUN_SETUP}`)];
  }
  if (missing.length > 0) {
    const names = missing.map((name) => `"${name}"`).join(", ");
    result.push(
      finding(
        "SETUP",
        { sheet: missing[0], row: 1, column: "" },
        `Missing ${missing.length === 1 ? "sheet" : "sheets"} ${names}. ${RUN_SETUP}`,
      ),
    );
  }
  for (const sheet of SHEETS) {
    const values = raw[sheet.name];
    if (!values || sheet.layout !== "table") continue;
    const header = new Set((values[0] ?? []).map(normalizeLabel));
    const absent = describeColumns(sheet.row)
      .filter((column) => !header.has(normalizeLabel(column.label)))
      .map((column) => column.label);
    if (absent.length > 0) {
      result.push(finding("SETUP", { sheet: sheet.name, row: 1, column: "" }, `Columns missing: ${absent.join(", ")}. ${RUN_SETUP}`));
    }
  }
  return result;
}
