import { TABLE_SHEETS } from "../schema/workbook";

/**
 * The largest workbook the add-on is built for, stated once (README,
 * Limits): at these sizes Validate, Export and Import finish well inside
 * Apps Script's 6 minutes on the emulator's latency clock (npm run bench).
 * Past them an operation stops before its first write with what to do,
 * rather than running out of time half way. The Change log is not counted:
 * it only grows, is read whole only by Export, and never by the checks.
 */
export const MAX_ROWS_PER_SHEET = 10_000;
export const MAX_PLAN_CELLS = 300_000;

/** What a person can do about it. */
export const SPLIT_ADVICE = "Remove rows the plan no longer needs, or split it into two plans (see Limits in the README).";

const UNCOUNTED = new Set<string>([TABLE_SHEETS.changeLog.name]);
const count = (n: number) => n.toLocaleString("en-US");

/**
 * Null when the sheets fit; otherwise the problem, in words. `sheets` maps a
 * sheet name to its rows as read (header first) or as an import would write
 * them.
 */
export function workbookSizeProblem(sheets: Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>): string | null {
  let cells = 0;
  for (const [name, rows] of Object.entries(sheets)) {
    if (!rows || UNCOUNTED.has(name)) continue;
    const filled = lastFilledRow(rows);
    const dataRows = Math.max(0, filled - 1);
    if (dataRows > MAX_ROWS_PER_SHEET)
      return `${name} has ${count(dataRows)} rows; the add-on handles at most ${count(MAX_ROWS_PER_SHEET)} rows per sheet.`;
    for (let r = 0; r < filled; r++) cells += rows[r].length;
  }
  if (cells > MAX_PLAN_CELLS) return `The plan's sheets hold ${count(cells)} cells; the add-on handles at most ${count(MAX_PLAN_CELLS)}.`;
  return null;
}

function lastFilledRow(rows: readonly (readonly unknown[])[]): number {
  let last = rows.length;
  while (last > 0 && rows[last - 1].every((cell) => cell === "" || cell === null || cell === undefined)) last--;
  return last;
}
