// A `Sample data` sheet (or CSV) to typed people. Row 1 holds Attribute IDs;
// each cell is read by its attribute's type (cell-values.ts). Bad cells are
// reported with their sheet row and column and read as missing, so one typo
// does not hide a whole preview. Large inputs are sampled (sampling.ts).

import type { AttributeInfo, Person, Value } from "../logic";
import { dateText, isEmptyCell, readCell } from "./cell-values";
import type { CellContext } from "./cell-values";
import { DEFAULT_MAX_ROWS, describeSample, planSample } from "./sampling";
import type { SamplePlan } from "./sampling";

export interface CellProblem {
  /** Sheet row number (the header is row 1). */
  row: number;
  /** The header label of the column. */
  column: string;
  value: string;
  message: string;
}

export interface SampleDataOptions {
  /** At most this many data rows are used (default 50,000). */
  maxRows?: number;
  /** At most this many cell problems are listed; `problemCount` counts them all (default 100). */
  maxProblems?: number;
  /** The spreadsheet's time zone, to read Date cells of `date` attributes as calendar days (default UTC). */
  timeZone?: string;
}

export interface SampleData {
  people: Person[];
  /** The sheet row of each person. */
  rows: number[];
  problems: CellProblem[];
  problemCount: number;
  /** Attributes with no column: every person's value is missing, so logic using them gives null. */
  missingColumns: string[];
  /** Columns that are not Attribute IDs; ignored. */
  ignoredColumns: string[];
  /** Columns after the first with the same Attribute ID; ignored. */
  duplicateColumns: string[];
  sample: SamplePlan & { note: string };
}

/** `table[0]` is the header row; the rest are data rows, as getValues or parseCsv give them. */
export function parseSampleData(
  table: readonly (readonly unknown[])[],
  attributes: readonly AttributeInfo[],
  options: SampleDataOptions = {},
): SampleData {
  const dataRows = trimTrailingBlank(table.slice(1));
  const plan = planSample(dataRows.length, options.maxRows ?? DEFAULT_MAX_ROWS);
  const blocks = plan.blocks.map((block) => ({ start: block.start, rows: dataRows.slice(block.start, block.start + block.count) }));
  return parseSampleBlocks(table[0] ?? [], blocks, plan, attributes, options);
}

/**
 * The same, for a sheet read block by block: the Sheets adapter plans the
 * sample from the row count, reads only the planned blocks, and hands them
 * here with their 0-based start (data row 0 is sheet row 2).
 */
export function parseSampleBlocks(
  headerRow: readonly unknown[],
  blocks: readonly { start: number; rows: readonly (readonly unknown[])[] }[],
  plan: SamplePlan,
  attributes: readonly AttributeInfo[],
  options: SampleDataOptions = {},
): SampleData {
  const header = headerRow.map((cell) => String(cell ?? "").trim());
  const byId = new Map(attributes.map((a) => [a.id, a]));
  const columns: { index: number; attribute: AttributeInfo; context: CellContext }[] = [];
  const ignoredColumns: string[] = [];
  const duplicateColumns: string[] = [];
  const dayOf = dayReader(options.timeZone ?? "UTC");
  header.forEach((label, index) => {
    const attribute = byId.get(label);
    if (label === "") return;
    if (!attribute) ignoredColumns.push(label);
    else if (columns.some((c) => c.attribute === attribute)) duplicateColumns.push(label);
    else columns.push({ index, attribute, context: { type: attribute.type, allowedValues: attribute.allowedValues, dayOf } });
  });
  const missingColumns = attributes.filter((a) => !columns.some((c) => c.attribute === a)).map((a) => a.id);

  const maxProblems = options.maxProblems ?? 100;
  const people: Person[] = [];
  const rows: number[] = [];
  const problems: CellProblem[] = [];
  let problemCount = 0;
  for (const block of blocks) {
    block.rows.forEach((cells, offset) => {
      const r = block.start + offset;
      if (cells.every(isEmptyCell)) return;
      const person: Record<string, Value> = {};
      for (const { index, attribute, context } of columns) {
        const result = readCell(cells[index], context);
        if (result.ok) person[attribute.id] = result.value;
        else {
          person[attribute.id] = null;
          problemCount++;
          if (problems.length < maxProblems)
            problems.push({
              row: r + 2,
              column: header[index],
              // The value as typed, unquoted: the message quotes it once, and says it only once.
              value: cellText(cells[index]),
              message: `${show(cells[index])} ${result.message.replace(/\s*\(got [^)]*\)$/, "")}`,
            });
        }
      }
      people.push(person);
      rows.push(r + 2);
    });
  }
  return {
    people,
    rows,
    problems,
    problemCount,
    missingColumns,
    ignoredColumns,
    duplicateColumns,
    sample: { ...plan, note: describeSample(plan) },
  };
}

/** Sheets ranges often end in empty rows; they are not people. */
function trimTrailingBlank<T extends readonly unknown[]>(rows: readonly T[]): readonly T[] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every(isEmptyCell)) end--;
  return rows.slice(0, end);
}

function cellText(cell: unknown): string {
  const text = cell instanceof Date ? dateText(cell) : String(cell);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const show = (cell: unknown): string => `"${cellText(cell)}"`;

function dayReader(timeZone: string): (date: Date) => string {
  if (timeZone === "UTC") return (date) => date.toISOString().slice(0, 10);
  // en-CA formats as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (date) => format.format(date);
}
