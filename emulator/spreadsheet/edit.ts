import { User } from "../session";
import { AuthMode } from "../triggers";
import type { World } from "../world";
import { dateSerial, interpretInput, isDate, type CellValue } from "./cell-values";
import { passes, rejectionMessage } from "./data-validation";
import { Range } from "./range";
import { PROTECTED_MESSAGE, boundsFromA1 } from "./range-base";
import type { Cell } from "./sheet-model";
import { Spreadsheet } from "./spreadsheet";
import type { SpreadsheetModel } from "./spreadsheet-model";

/** The object Apps Script passes to onEdit(e). */
export interface EditEvent {
  authMode: (typeof AuthMode)["LIMITED"];
  range: Range;
  source: Spreadsheet;
  user: User;
  /** Only for single-cell edits that leave a value. */
  value?: string;
  /** Only for single-cell edits of a cell that had a value. */
  oldValue?: string;
}

/** e.value / e.oldValue are strings; dates arrive as serial numbers. */
function eventString(cell: Cell | undefined, timeZone: string): string | undefined {
  if (!cell) return undefined;
  if (cell.f !== undefined) return cell.f;
  const v: CellValue | undefined = cell.v;
  if (v === undefined || v === "") return undefined;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isDate(v)) return String(dateSerial(v, timeZone));
  return String(v);
}

/**
 * A user typing or pasting into the grid: input is interpreted like the UI
 * does, protections and rejecting validation rules apply to the user, and no
 * service call is counted. A single-cell address with a larger block pastes.
 */
export function simulateEdit(w: World, ss: SpreadsheetModel, sheetName: string, a1: string, values: unknown[][]): EditEvent {
  const sheet = ss.sheetByName(sheetName);
  if (!sheet) throw new Error(`simulateEdit: no sheet named "${sheetName}"`);
  const b = boundsFromA1(w, sheet, a1);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  if (b.numRows === 1 && b.numCols === 1 && (rows > 1 || cols > 1)) {
    b.numRows = rows;
    b.numCols = cols;
    sheet.maxRows = Math.max(sheet.maxRows, b.row + rows - 1);
    sheet.maxCols = Math.max(sheet.maxCols, b.col + cols - 1);
  }
  if (rows !== b.numRows || values.some((r) => r.length !== b.numCols)) {
    throw new Error(`simulateEdit: values are ${rows}x${cols} but ${a1} is ${b.numRows}x${b.numCols}`);
  }
  if (!ss.canEdit(sheet, b, w.user)) throw w.error(PROTECTED_MESSAGE);

  const parsed = values.map((line, i) => line.map((raw, j) => interpretInput(raw, ss.timeZone, sheet.cell(b.row + i, b.col + j)?.nf)));
  parsed.forEach((line, i) =>
    line.forEach((p, j) => {
      const dv = sheet.cell(b.row + i, b.col + j)?.dv;
      if (dv && !dv.allowInvalid && p.formula === undefined && !passes(dv, p.value)) throw w.error(rejectionMessage(dv));
    }),
  );

  const single = b.numRows === 1 && b.numCols === 1;
  const oldValue = single ? eventString(sheet.cell(b.row, b.col), ss.timeZone) : undefined;
  parsed.forEach((line, i) =>
    line.forEach((p, j) => {
      const r = b.row + i;
      const c = b.col + j;
      const hadFormat = sheet.cell(r, c)?.nf !== undefined;
      sheet.setContent(r, c, p.value, p.formula);
      if (p.format && !hadFormat) sheet.set(r, c, "nf", p.format);
    }),
  );
  ss.activeSheetId = sheet.id;
  sheet.selection = { ...b };

  const event: EditEvent = {
    authMode: AuthMode.LIMITED,
    range: new Range(w, ss, sheet, { ...b }),
    source: new Spreadsheet(w, ss),
    user: new User(w, w.user),
  };
  if (single) {
    const value = eventString(sheet.cell(b.row, b.col), ss.timeZone);
    if (value !== undefined) event.value = value;
    if (oldValue !== undefined) event.oldValue = oldValue;
  }
  return event;
}
