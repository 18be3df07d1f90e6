import { describeColumns, type DescribedColumn } from "../schema/columns";
import { type LadderKey, ROLE_NAMES } from "../schema/roles";
import { PLAN_SHEET, TABLE_KEYS, TABLE_SHEETS } from "../schema/workbook";
import type { RawWorkbook } from "../validation/workbook";
import { asLiteralText } from "../workbook/literal-text";
import type { PlanDocument, RecordedRow } from "./plan-document";

/**
 * What an import writes: the Plan sheet's field values (the Plan writer keeps
 * its text literal) and each table's rows in template column order. Table
 * text is already written so Sheets keeps it as text; text that did not parse
 * when exported comes back as it was typed.
 */
export interface SheetsContent {
  plan: Record<string, string | number>;
  tables: { sheet: string; columns: DescribedColumn[]; rows: (string | number | boolean)[][] }[];
}

export function planToSheets(plan: PlanDocument): SheetsContent {
  const ladder = new Map(plan.errorHandling.escalationLadder.map((rung) => [rung.role, rung.email ?? ""]));
  const rung = (key: LadderKey) => ladder.get(ROLE_NAMES[key]) ?? "";
  const planValues: Record<string, string | number> = {
    planId: plan.id,
    initiative: plan.initiative,
    channels: plan.inputs.channels.join(", "),
    metrics: plan.inputs.metrics ?? "",
    constraints: plan.inputs.constraints ?? "",
    timeline: plan.inputs.timeline ?? "",
    pattern: plan.pattern,
    architect: rung("architect"),
    privacyLead: rung("privacyLead"),
    execSponsor: rung("execSponsor"),
    customerDataEngineer: plan.errorHandling.customerDataEngineer ?? "",
    escalationInterval: plan.errorHandling.escalationIntervalHours ?? "",
    retryLimit: plan.errorHandling.retryLimit,
  };
  const tables = TABLE_KEYS.map((key) => {
    const spec = TABLE_SHEETS[key];
    const columns = describeColumns(spec.row);
    const recorded: readonly RecordedRow[] = plan[key];
    const rows = recorded.map((row) =>
      columns.map((column) =>
        row.invalid?.[column.label] !== undefined ? asLiteralText(row.invalid[column.label]) : toCell(row[column.key], column),
      ),
    );
    return { sheet: spec.name, columns, rows };
  });
  return { plan: planValues, tables };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toCell(value: unknown, column: DescribedColumn): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return asLiteralText(value.join(", "));
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value);
  // An ISO date goes in as typed on purpose: Sheets stores it as a date in the spreadsheet's time zone. Anything else is text.
  return column.kind === "date" && ISO_DATE.test(text) ? text : asLiteralText(text);
}

/**
 * The workbook a plan describes, as getValues would return it: the command
 * line validates a plan file with exactly the checks the add-on runs.
 */
export function planToRawWorkbook(plan: PlanDocument): RawWorkbook {
  const content = planToSheets(plan);
  const fields = describeColumns(PLAN_SHEET.row);
  const raw: Record<string, unknown[][]> = {
    [PLAN_SHEET.name]: [["Field", "Value"], ...fields.map((field) => [field.label, unquote(content.plan[field.key] ?? "")])],
  };
  for (const table of content.tables) {
    raw[table.sheet] = [table.columns.map((column) => column.label), ...table.rows.map((row) => row.map(unquote))];
  }
  return raw;
}

/** The apostrophe only tells Sheets to keep text as typed; getValues never returns it. */
const unquote = (cell: unknown) => (typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell);
