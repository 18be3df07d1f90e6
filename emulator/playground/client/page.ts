import { a1Of, contains, type Box } from "./a1";
import { getJson, post, type Outcome, type Snapshot } from "./api";
import { openCellEditor, type Move } from "./cell-editor";
import { dropdownValues, editText } from "./cell-format";
import { renderMenus, renderNotices, renderTabs } from "./chrome";
import { createDrivePanel } from "./drive-panel";
import { extent, indexCells, renderGrid } from "./grid";
import { openRowMenu, type RowMenuChoice } from "./row-menu";
import { parseTsv } from "./tsv";

/**
 * The playground page: draws the emulated workbook from /api/state and turns
 * clicks and keys into /api calls. Every change comes back through a fresh
 * snapshot, so the page never keeps its own copy of the workbook.
 */
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const gridBox = $("grid");
const tabs = $("tabs");
const menus = $("menus");
const notices = $("notices");
const cellRef = $("cell-ref");
const cellContent = $("cell-content");
const sidebarPanel = $("sidebar-panel");
const sidebarFrame = $<HTMLIFrameElement>("sidebar-frame");
const sidebarTitle = $("sidebar-title");

let snapshot: Snapshot | null = null;
const drive = createDrivePanel($("drive-panel"), $<HTMLButtonElement>("drive-toggle"), () => snapshot?.state.spreadsheet.timeZone ?? "UTC");
let editing = false;
let seen = { toasts: 0, alerts: 0 };
let errors: string[] = [];
let drawnSheetId: number | null = null;
/** The sheet and selection last drawn: a new one (a finding selected from the sidebar) is scrolled into view. */
let drawnSelection = "";
/** Empty rows shown under each sheet's content, by sheet id. */
const extraRows = new Map<number, number>();
const DEFAULT_EXTRA_ROWS = 30;

const activeSheet = () => {
  const { sheets, activeSheetId } = snapshot!.state.spreadsheet;
  return sheets.find((sheet) => sheet.id === activeSheetId) ?? sheets[0];
};

/** Redraws a row of buttons and puts focus back on the same button, so keyboard users keep their place. */
function redraw(container: HTMLElement, draw: () => void): void {
  const focused = container.contains(document.activeElement) ? document.activeElement?.textContent : null;
  draw();
  if (focused) [...container.querySelectorAll("button")].find((button) => button.textContent === focused)?.focus();
}

function render(): void {
  if (!snapshot || editing) return;
  const sheet = activeSheet();
  const { spreadsheet } = snapshot.state;
  document.title = `${spreadsheet.name} – playground`;
  $("spreadsheet-name").textContent = spreadsheet.name;
  $("user").textContent = snapshot.state.user;
  // Keep the scroll position while redrawing the same sheet; another sheet starts at A1.
  const scrolled = sheet.id === drawnSheetId ? { top: gridBox.scrollTop, left: gridBox.scrollLeft } : { top: 0, left: 0 };
  drawnSheetId = sheet.id;
  const extra = extraRows.get(sheet.id) ?? DEFAULT_EXTRA_ROWS;
  gridBox.replaceChildren(renderGrid({ sheet, extraRows: extra, protections: spreadsheet.protections, timeZone: spreadsheet.timeZone }));
  if (extent(sheet, extra).rows < sheet.maxRows) gridBox.append(showMoreRows(sheet.id, extra));
  gridBox.scrollTo(scrolled.left, scrolled.top);
  const selection = `${sheet.id}!${a1Of(sheet.selection)}`;
  // Centred, as a jump elsewhere should land clear of the edges (keyboard moves scroll just enough, in moveSelection).
  if (selection !== drawnSelection) gridBox.querySelector(".active-cell")?.scrollIntoView({ block: "center", inline: "center" });
  drawnSelection = selection;
  gridBox.setAttribute("aria-label", `${sheet.name}, selected ${a1Of(sheet.selection)}. Arrow keys move, Enter edits.`);
  redraw(tabs, () => renderTabs(tabs, snapshot!, (name) => void selectSheet(name)));
  redraw(menus, () => renderMenus(menus, snapshot!, (fn) => void runMenu(fn)));
  renderNotices(notices, snapshot, seen, errors);
  const cell = indexCells(sheet)(sheet.selection.row, sheet.selection.col);
  cellRef.textContent = a1Of(sheet.selection);
  cellContent.textContent = editText(cell, spreadsheet.timeZone);
  if (snapshot.ui.sidebar) sidebarTitle.textContent = snapshot.ui.sidebar.title;
  drive.update(snapshot.version);
}

function showMoreRows(sheetId: number, extra: number): HTMLButtonElement {
  const more = document.createElement("button");
  more.type = "button";
  more.className = "more-rows";
  more.textContent = "Show 100 more rows";
  more.addEventListener("click", () => {
    extraRows.set(sheetId, extra + 100);
    render();
  });
  return more;
}

async function syncOnce(): Promise<void> {
  try {
    const { version } = await getJson<{ version: number }>("/api/version");
    if (snapshot && version === snapshot.version) return;
    snapshot = await getJson<Snapshot>("/api/state");
    render();
  } catch {
    // The server is restarting or gone; the next poll tries again.
  }
}

let pending: Promise<void> = Promise.resolve();
let queued = false;

/**
 * Brings the page up to the server's version. Calls made while one sync is
 * waiting share it (it has not read the version yet), so a burst of changes
 * costs one fetch of the workbook, never a stale one.
 */
function sync(): Promise<void> {
  if (queued) return pending;
  queued = true;
  pending = pending.then(() => {
    queued = false;
    return syncOnce();
  });
  return pending;
}

/** Runs one action; a failure shows as a notice, and the page redraws from the server either way. */
async function act(request: Promise<Outcome>): Promise<Outcome> {
  const outcome = await request;
  if (!outcome.ok) errors = [outcome.message];
  await sync();
  // Notices change even when the workbook did not (a refused call).
  render();
  return outcome;
}

/** Notices describe the latest action only. */
function startAction(): void {
  if (snapshot) seen = { toasts: snapshot.ui.toasts.length, alerts: snapshot.ui.alerts.length };
  errors = [];
}

async function selectSheet(name: string): Promise<void> {
  const sheet = snapshot!.state.spreadsheet.sheets.find((candidate) => candidate.name === name);
  startAction();
  await act(post("/api/select", { sheet: name, a1: a1Of(sheet?.selection ?? { row: 1, col: 1, numRows: 1, numCols: 1 }) }));
}

/** The fixed corner of a Shift+click or Shift+arrow range, and its moving corner. */
let anchor = { row: 1, col: 1 };
let cursor = { row: 1, col: 1 };

const boxBetween = (a: { row: number; col: number }, b: { row: number; col: number }): Box => ({
  row: Math.min(a.row, b.row),
  col: Math.min(a.col, b.col),
  numRows: Math.abs(a.row - b.row) + 1,
  numCols: Math.abs(a.col - b.col) + 1,
});

/** Selects one cell, which becomes the anchor of a later Shift+click or Shift+arrow. */
function selectCell(row: number, col: number): Promise<void> {
  anchor = { row, col };
  cursor = { row, col };
  return select({ row, col, numRows: 1, numCols: 1 });
}

/** Stretches the selection from the anchor to a cell, as Shift+click and Shift+arrows do in Sheets. */
function extendTo(row: number, col: number): Promise<void> {
  const { selection } = activeSheet();
  if (!contains(selection, anchor.row, anchor.col)) anchor = { row: selection.row, col: selection.col };
  cursor = { row, col };
  return select(boxBetween(anchor, cursor));
}

/** Moves the highlight at once (keys pressed right after a click must act on the new cell), then tells the server. */
async function select(box: Box): Promise<void> {
  const sheet = activeSheet();
  sheet.selection = box;
  // Chosen here, so already in view: only a selection made elsewhere scrolls the grid.
  drawnSelection = `${sheet.id}!${a1Of(box)}`;
  render();
  await act(post("/api/select", { sheet: sheet.name, a1: a1Of(box) }));
}

async function runMenu(functionName: string): Promise<void> {
  startAction();
  const opensBefore = snapshot?.ui.sidebar?.opens ?? 0;
  await act(post("/api/menu", { functionName }));
  // Each showSidebar gets a freshly loaded sidebar, as Sheets re-creates it.
  if ((snapshot?.ui.sidebar?.opens ?? 0) > opensBefore) openSidebar();
}

function openSidebar(): void {
  sidebarPanel.hidden = false;
  sidebarFrame.src = "/sidebar";
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 1), max);

function moveSelection(rowDelta: number, colDelta: number, extend: boolean): void {
  const sheet = activeSheet();
  if (extend) {
    if (!contains(sheet.selection, cursor.row, cursor.col)) cursor = { row: sheet.selection.row, col: sheet.selection.col };
    void extendTo(clamp(cursor.row + rowDelta, sheet.maxRows), clamp(cursor.col + colDelta, sheet.maxCols));
  } else {
    void selectCell(clamp(sheet.selection.row + rowDelta, sheet.maxRows), clamp(sheet.selection.col + colDelta, sheet.maxCols));
  }
  gridBox.querySelector(".active-cell")?.scrollIntoView({ block: "nearest", inline: "nearest" });
}

/** A person typing into cells. Warning-only protections ask first, as Sheets does; the emulator refuses the others. */
async function writeCells(sheetName: string, box: Box, values: string[][], isProtected: boolean): Promise<boolean> {
  if (isProtected && !window.confirm(PROTECTED_WARNING)) {
    render();
    return false;
  }
  startAction();
  return (await act(post("/api/edit", { sheet: sheetName, a1: a1Of(box), values }))).ok;
}

const PROTECTED_WARNING = "You are trying to edit part of this sheet that shouldn't be changed accidentally. Edit anyway?";

const MOVES: Record<Move, [number, number]> = { down: [1, 0], right: [0, 1], left: [0, -1], none: [0, 0] };

function editCell(row: number, col: number, initial?: string): void {
  const sheet = activeSheet();
  const td = gridBox.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-col="${col}"]`);
  if (!td || !snapshot) return;
  const cell = indexCells(sheet)(row, col);
  const timeZone = snapshot.state.spreadsheet.timeZone;
  const commit = async (text: string, move: Move) => {
    editing = false;
    if (!(await writeCells(sheet.name, { row, col, numRows: 1, numCols: 1 }, [[text]], td.classList.contains("protected"))))
      return gridBox.focus();
    const [dr, dc] = MOVES[move];
    if (move !== "none") await selectCell(Math.max(1, row + dr), Math.max(1, col + dc));
    gridBox.focus();
  };
  if (cell?.dv?.type === "CHECKBOX") {
    void commit(cell.v === true ? "FALSE" : "TRUE", "none");
    return;
  }
  editing = true;
  const choices = dropdownValues(cell);
  openCellEditor(td, {
    // A key typed on any cell, a dropdown's too, starts its text: Sheets accepts it and the add-on flags it.
    text: initial ?? editText(cell, timeZone),
    typed: initial !== undefined,
    choices,
    onCommit: (text, move) => void commit(text, move),
    onCancel: () => {
      editing = false;
      render();
      gridBox.focus();
    },
  });
}

/**
 * Double clicks are detected by cell, not by DOM node: the grid may be
 * redrawn between the two clicks (a fast server answers within the interval).
 */
let lastClick = { row: 0, col: 0, at: -Infinity };
const DOUBLE_CLICK_MS = 500;

gridBox.addEventListener("click", (event) => {
  const td = (event.target as HTMLElement).closest<HTMLTableCellElement>("td[data-row]");
  if (!td || editing) return;
  const row = Number(td.dataset.row);
  const col = Number(td.dataset.col);
  const double = lastClick.row === row && lastClick.col === col && event.timeStamp - lastClick.at < DOUBLE_CLICK_MS;
  lastClick = { row, col, at: double ? -Infinity : event.timeStamp };
  if (double) editCell(row, col);
  else if (event.shiftKey) void extendTo(row, col);
  else void selectCell(row, col);
});

// A right-click on a row number: the rows of the selection when it is among them, else that row alone.
gridBox.addEventListener("contextmenu", (event) => {
  const head = (event.target as HTMLElement).closest<HTMLTableCellElement>("th.row-head");
  if (!head || editing || !snapshot) return;
  event.preventDefault();
  const row = Number(head.textContent);
  const { selection } = activeSheet();
  const inSelection = row >= selection.row && row < selection.row + selection.numRows;
  const rows = inSelection ? { first: selection.row, last: selection.row + selection.numRows - 1 } : { first: row, last: row };
  openRowMenu({ x: event.clientX, y: event.clientY }, rows, (choice) => void changeRows(choice));
});

/** Rows deleted or inserted as a person does it in Sheets: no edit trigger runs; warning-only protections ask first. */
async function changeRows(choice: RowMenuChoice): Promise<void> {
  const { name } = activeSheet();
  const deleted = (td: HTMLElement) => Number(td.dataset.row) >= choice.row && Number(td.dataset.row) < choice.row + choice.count;
  const guarded = choice.kind === "delete" && [...gridBox.querySelectorAll<HTMLElement>("td.protected")].some(deleted);
  if (guarded && !window.confirm(PROTECTED_WARNING)) return;
  startAction();
  await act(post("/api/rows", { sheet: name, kind: choice.kind, row: choice.row, count: choice.count }));
  gridBox.focus();
}

gridBox.addEventListener("keydown", (event) => {
  // Keys typed in the cell editor bubble here: the Enter that committed (or a cancelled warning) must not reopen it.
  if (editing || !snapshot || event.target !== gridBox) return;
  const { row, col } = activeSheet().selection;
  const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  if (arrows[event.key]) {
    event.preventDefault();
    moveSelection(...arrows[event.key], event.shiftKey);
  } else if (event.key === "Enter" || event.key === "F2") {
    event.preventDefault();
    editCell(row, col);
  } else if (event.key === "Delete" || event.key === "Backspace") {
    event.preventDefault();
    const { selection, name } = activeSheet();
    const values = Array.from({ length: selection.numRows }, () => Array<string>(selection.numCols).fill(""));
    void writeCells(name, selection, values, gridBox.querySelector(".selected.protected") !== null);
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing over a cell replaces its content, as in Sheets.
    event.preventDefault();
    editCell(row, col, event.key);
  }
});

/**
 * Ctrl/Cmd+V on the grid: the clipboard's rows (tab-separated, as copied
 * from a spreadsheet) land from the active cell down and right, in one edit,
 * so the edit trigger fires once for the pasted range as Sheets does.
 */
document.addEventListener("paste", (event) => {
  // The grid is a focusable region, not an editable field: the event reaches the document with the grid focused.
  if (editing || !snapshot || !gridBox.contains(document.activeElement)) return;
  const text = event.clipboardData?.getData("text/plain") ?? "";
  if (!text) return;
  event.preventDefault();
  const values = parseTsv(text);
  const { selection, name } = activeSheet();
  const box = { row: selection.row, col: selection.col, numRows: values.length, numCols: values[0]?.length ?? 1 };
  const guarded = [...gridBox.querySelectorAll<HTMLElement>("td.protected")].some((td) =>
    contains(box, Number(td.dataset.row), Number(td.dataset.col)),
  );
  void writeCells(name, box, values, guarded).then((written) => {
    if (written) void select(box);
  });
});

$("sidebar-close").addEventListener("click", () => {
  sidebarPanel.hidden = true;
});

// The sidebar frame reports each server call; redraw at once instead of waiting for the poll.
window.addEventListener("message", (event) => {
  if (event.origin === window.location.origin && (event.data as { type?: string })?.type === "playground:ran") void sync();
});

/** Cheap version poll, so changes made elsewhere (another tab, a curl) show up too. */
function poll(): void {
  void sync().then(() => setTimeout(poll, 1000));
}

void sync().then(() => {
  startAction();
  openSidebar();
  void poll();
});
