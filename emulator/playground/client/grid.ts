import type { SheetState } from "../../state";
import type { ProtectionModel } from "../../spreadsheet/spreadsheet-model";
import { columnLetter, contains, type Box } from "./a1";
import { displayText, dropdownValues, withRule, type CellState } from "./cell-format";

export const ROW_HEIGHT = 22;
const DEFAULT_WIDTH = 100;

export interface GridView {
  sheet: SheetState;
  /** Empty rows drawn below the content; "Show more rows" raises it. */
  extraRows: number;
  protections: ProtectionModel[];
  timeZone: string;
}

export type CellLookup = (row: number, col: number) => CellState | undefined;

/** Indexes the sparse cell list once per render instead of searching it per cell; rule indexes become their rules. */
export function indexCells(sheet: SheetState): CellLookup {
  const rules = sheet.rules ?? [];
  const cells = new Map(sheet.cells.map(([r, c, cell]) => [`${r}:${c}`, withRule(cell as CellState, rules)]));
  return (row, col) => cells.get(`${row}:${col}`);
}

const hasContent = (cell: Record<string, unknown>) => cell.v !== undefined || cell.f !== undefined || cell.note !== undefined;

/**
 * The rows and columns worth drawing: the content and selection plus some
 * empty room. Formats and dropdowns that run down to row 1000 do not count,
 * or every redraw would build 26,000 cells.
 */
export function extent(sheet: SheetState, extraRows: number): { rows: number; cols: number } {
  let rows = sheet.selection.row + sheet.selection.numRows - 1;
  let cols = sheet.selection.col + sheet.selection.numCols - 1;
  for (const [r, c, cell] of sheet.cells) {
    if (r === 1 || hasContent(cell)) rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  }
  return { rows: Math.min(sheet.maxRows, rows + extraRows), cols: Math.min(sheet.maxCols, Math.max(cols + 2, 10)) };
}

function protectedBoxes(view: GridView): { box: Box; except: Box[] }[] {
  const { sheet } = view;
  return view.protections
    .filter((p) => p.sheetId === sheet.id)
    .map((p) => ({
      box: p.bounds ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols },
      except: p.type === "SHEET" ? p.unprotected : [],
    }));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  // textContent, never innerHTML: cells hold whatever people typed.
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderCell(view: GridView, cell: CellState | undefined, row: number, col: number, isProtected: boolean): HTMLTableCellElement {
  const td = element("td");
  td.dataset.row = String(row);
  td.dataset.col = String(col);
  td.dataset.a1 = `${columnLetter(col)}${row}`;
  const classes: string[] = [];
  if (row <= view.sheet.frozenRows) classes.push("frozen");
  if (row === view.sheet.frozenRows) classes.push("frozen-last");
  if (isProtected) classes.push("protected");
  if (contains(view.sheet.selection, row, col)) classes.push("selected");
  if (row === view.sheet.selection.row && col === view.sheet.selection.col) classes.push("active-cell");
  if (row <= view.sheet.frozenRows) td.style.top = `${ROW_HEIGHT * row}px`;
  if (cell?.bg) td.style.backgroundColor = cell.bg;
  if (cell?.fc) td.style.color = cell.fc;
  if (cell?.fw === "bold") classes.push("bold");
  if (cell?.ha) td.style.textAlign = cell.ha === "center" ? "center" : cell.ha === "right" ? "right" : "left";
  if (typeof cell?.v === "number" && !cell.ha) td.style.textAlign = "right";
  if (cell?.note) {
    classes.push("has-note");
    td.title = cell.note;
  }
  td.append(element("span", "cell-text", displayText(cell, view.timeZone)));
  if (dropdownValues(cell)) {
    classes.push("has-dropdown");
    const marker = element("span", "dv-marker", "▾");
    marker.setAttribute("aria-hidden", "true");
    td.append(marker);
  }
  td.className = classes.join(" ");
  return td;
}

/** Draws one sheet as a table: column letters, row numbers, values and formats. */
export function renderGrid(view: GridView): HTMLTableElement {
  const { sheet } = view;
  const { rows, cols } = extent(sheet, view.extraRows);
  const guarded = protectedBoxes(view);
  const cellAt = indexCells(sheet);
  const table = element("table", "grid");
  table.setAttribute("aria-label", `Sheet ${sheet.name}`);
  const colgroup = element("colgroup");
  colgroup.append(element("col", "row-head-col"));
  let width = 46;
  for (let c = 1; c <= cols; c++) {
    const col = element("col");
    const px = sheet.columnWidths[String(c)] ?? DEFAULT_WIDTH;
    col.style.width = `${px}px`;
    width += px;
    colgroup.append(col);
  }
  table.style.width = `${width}px`;
  const head = element("thead");
  const letters = element("tr");
  letters.append(element("th", "corner"));
  for (let c = 1; c <= cols; c++) letters.append(element("th", "col-head", columnLetter(c)));
  head.append(letters);
  const body = element("tbody");
  for (let r = 1; r <= rows; r++) {
    const tr = element("tr");
    const rowHead = element("th", r <= sheet.frozenRows ? "row-head frozen" : "row-head", String(r));
    if (r <= sheet.frozenRows) rowHead.style.top = `${ROW_HEIGHT * r}px`;
    tr.append(rowHead);
    for (let c = 1; c <= cols; c++) {
      const isProtected = guarded.some(({ box, except }) => contains(box, r, c) && !except.some((free) => contains(free, r, c)));
      tr.append(renderCell(view, cellAt(r, c), r, c, isProtected));
    }
    body.append(tr);
  }
  table.append(colgroup, head, body);
  return table;
}
