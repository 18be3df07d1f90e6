import type { Activation } from "../schema/activations";
import type { ChangeLogEntry } from "../schema/change-log";
import type { Attribute } from "../schema/attributes";
import type { GovernanceItem } from "../schema/governance";
import type { Objective } from "../schema/objectives";
import type { ProfileTest } from "../schema/profile-tests";
import type { Profile } from "../schema/profiles";
import { describeColumns } from "../schema/columns";
import { SHEETS, type SheetSpec } from "../schema/workbook";
import { normalizeLabel } from "../workbook/sheet-template";
import { finding, type Finding } from "./finding";
import { parsePlanTable, type PlanTable } from "./plan-table";
import { parseTable, type Table } from "./tables";

/** Each sheet's values as getValues returns them (header row first); a missing sheet is absent. */
export type RawWorkbook = Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>;

export interface ParsedWorkbook {
  plan: PlanTable;
  objectives: Table<Objective>;
  attributes: Table<Attribute>;
  profiles: Table<Profile>;
  activations: Table<Activation>;
  governance: Table<GovernanceItem>;
  tests: Table<ProfileTest>;
  changeLog: Table<ChangeLogEntry>;
}

const spec = (name: string): SheetSpec => SHEETS.find((sheet) => sheet.name === name)!;

export function parseWorkbook(raw: RawWorkbook, findings: Finding[]): ParsedWorkbook {
  findings.push(...setupFindings(raw));
  return {
    plan: parsePlanTable(raw.Plan, findings),
    objectives: parseTable<Objective>(spec("1 Objectives"), raw["1 Objectives"], findings),
    attributes: parseTable<Attribute>(spec("2 Attributes"), raw["2 Attributes"], findings),
    profiles: parseTable<Profile>(spec("3 Profiles"), raw["3 Profiles"], findings),
    activations: parseTable<Activation>(spec("4 Activation"), raw["4 Activation"], findings),
    governance: parseTable<GovernanceItem>(spec("5 Governance"), raw["5 Governance"], findings),
    tests: parseTable<ProfileTest>(spec("Profile tests"), raw["Profile tests"], findings),
    changeLog: parseTable<ChangeLogEntry>(spec("Change log"), raw["Change log"], findings),
  };
}

const RUN_SETUP = "Run Set up sheets (Extensions → Personalization Profiles → Set up sheets), then validate again.";

/** One finding for all missing sheets, one per sheet missing columns: never a crash, never a flood. */
function setupFindings(raw: RawWorkbook): Finding[] {
  const missing = SHEETS.filter((sheet) => !raw[sheet.name]).map((sheet) => sheet.name);
  const result: Finding[] = [];
  if (missing.length === SHEETS.length) {
    return [finding("SETUP", { sheet: "Plan", row: 1, column: "" }, `This spreadsheet has no plan yet. ${RUN_SETUP}`)];
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
