import {
  boundingRegion,
  clipRegion,
  containsRegion,
  editRegion,
  type GridProperty,
  NEW_SHEET_SIZE,
  type Region,
  type SheetEdit,
  type SheetPlan,
} from "../domain/workbook/sheet-edits";
import type { RuleBook } from "./dropdowns";
import { dropdownColumns } from "../domain/workbook/dropdown-columns";
import { rowsMissingRules } from "../domain/workbook/dropdown-gaps";
import { mergeCellEdits } from "../domain/workbook/merge-cell-edits";
import type { KnownGrids, SheetProbe } from "./probe-sheets";
import { restoreCellValues } from "./restore-cell-values";
import type { Transaction } from "../platform/transaction";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation | null;
type Weight = GoogleAppsScript.Spreadsheet.FontWeight | null;

/** What a plan overwrites on an existing sheet, read before the operation's first write. */
interface Captured {
  values?: { region: Region; values: unknown[][]; formulas: string[][]; formats: string[][] };
  grids: Partial<Record<Exclude<GridProperty, "values">, { region: Region; grid: unknown[][] }>>;
  rules?: { region: Region; grid: Rule[][] };
  widths: Map<number, number>;
  /** The range each of the add-on's protections covers (null: the whole sheet). */
  protectionRanges: (Range | null)[];
}

export interface PreparedSheet {
  probe: SheetProbe;
  plan: SheetPlan;
  captured: Captured;
  /** Ranges already obtained, by region: a write reuses the Range its snapshot read. */
  ranges: Map<string, Range>;
}

const regionKey = (r: Region) => `${r.row},${r.column},${r.rows},${r.columns}`;

/**
 * Reads what the plan's edits will overwrite, one call per kind of content
 * over the smallest region covering them; what the probe already read is
 * not read again. A sheet the plan creates needs nothing: undoing it deletes it.
 */
export function prepareSheet(tx: Transaction, probe: SheetProbe, plan: SheetPlan): PreparedSheet {
  const captured: Captured = { grids: {}, widths: new Map(), protectionRanges: [] };
  const ranges = new Map<string, Range>();
  const sheet = probe.sheet;
  if (!sheet) return { probe, plan, captured, ranges };
  const size = { rows: probe.view.maxRows, columns: probe.view.maxColumns };
  const bound = (match: (edit: SheetEdit) => boolean) =>
    boundingRegion(
      plan.edits
        .filter(match)
        .map((edit) => editRegion(edit))
        .map((region) => region && clipRegion(region, size))
        .filter((region): region is Region => region !== null),
    );
  const rangeAt = (r: Region) => {
    const key = regionKey(r);
    if (!ranges.has(key))
      ranges.set(
        key,
        tx.read(() => sheet.getRange(r.row, r.column, r.rows, r.columns)),
      );
    return ranges.get(key)!;
  };

  const valuesAt = bound((edit) => edit.kind === "cells" && edit.property === "values");
  if (valuesAt) {
    // Formulas and formats over the range the probe read, when it covers the cells: one getRange fewer.
    const known = probe.known.find((entry) => entry.range && containsRegion(entry.region, valuesAt));
    const range = known?.range ?? rangeAt(valuesAt);
    const region = known ? known.region : valuesAt;
    captured.values = {
      region,
      values: known ? known.values : tx.read(() => range.getValues()),
      formulas: tx.read(() => range.getFormulas()),
      formats: tx.read(() => range.getNumberFormats()),
    };
  }
  for (const property of ["notes", "backgrounds", "weights"] as const) {
    const region = bound((edit) => edit.kind === "cells" && edit.property === property);
    if (!region) continue;
    const grid =
      knownGrid(probe.known, region, property) ??
      tx.read(() => {
        const range = rangeAt(region);
        return property === "notes" ? range.getNotes() : property === "backgrounds" ? range.getBackgrounds() : range.getFontWeights();
      });
    captured.grids[property] = { region, grid };
  }
  const rulesAt = bound((edit) => edit.kind === "dropdowns");
  if (rulesAt) captured.rules = { region: rulesAt, grid: tx.read(() => rangeAt(rulesAt).getDataValidations()) };
  for (const edit of plan.edits) {
    if (edit.kind !== "widths") continue;
    for (let column = edit.column; column < edit.column + edit.count && column <= size.columns; column++)
      captured.widths.set(
        column,
        tx.read(() => sheet.getColumnWidth(column)),
      );
  }
  const protect = plan.edits.find((edit) => edit.kind === "protect");
  if (protect)
    captured.protectionRanges = probe.protections.map((protection) => (protect.region ? tx.read(() => protection.getRange()) : null));
  return { probe, plan, captured, ranges };
}

function knownGrid(known: readonly KnownGrids[], region: Region, property: GridProperty): unknown[][] | null {
  const grids = known.find((entry) => entry[property] && containsRegion(entry.region, region));
  if (!grids) return null;
  const top = region.row - grids.region.row;
  const left = region.column - grids.region.column;
  return grids[property]!.slice(top, top + region.rows).map((row) => row.slice(left, left + region.columns));
}

/**
 * Applies a prepared plan: creates or grows the sheet, then writes each edit
 * in one call; with `dropdowns: "missing"` only rows whose cells lack their
 * dropdown get one (the rules in place are the template's). Every write
 * records its undo first, so a rollback puts the sheet back as it was read,
 * whichever call failed. Returns the sheet.
 */
export function applySheet(
  tx: Transaction,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  prepared: PreparedSheet,
  rules: RuleBook,
  dropdowns: "all" | "missing" = "all",
): Sheet {
  const { probe, plan, captured, ranges } = prepared;
  const sheet = plan.create ? createSheet(tx, spreadsheet, plan.name, plan.create.index) : probe.sheet!;
  const before = plan.create ? NEW_SHEET_SIZE : { rows: probe.view.maxRows, columns: probe.view.maxColumns };
  grow(tx, sheet, before, plan.size, !plan.create);

  const restoring = new Set<string>();
  const restore = (what: string, undo: () => void) => {
    if (plan.create || restoring.has(what)) return;
    restoring.add(what);
    tx.onRollback(undo);
  };
  // One Range per region: a header's values, notes, weights and colours are written through the same one.
  const at = (r: Region) => {
    const key = regionKey(r);
    if (!ranges.has(key)) ranges.set(key, sheet.getRange(r.row, r.column, r.rows, r.columns));
    return ranges.get(key)!;
  };
  for (const edit of plan.create ? mergeCellEdits(plan.edits) : plan.edits) {
    switch (edit.kind) {
      case "cells": {
        const property = edit.property;
        if (property === "values" && captured.values)
          restore("values", () => restoreCellValues(at(captured.values!.region), captured.values!));
        const grid = property === "values" ? undefined : captured.grids[property];
        if (grid) restore(property, () => writeGrid(at(grid.region), property, grid.grid));
        tx.write(null, () => writeGrid(at(editRegion(edit)!), property, edit.cells));
        break;
      }
      case "wrap":
        tx.write(null, () => at(edit.region).setWrap(true));
        break;
      case "dropdowns": {
        const old = captured.rules;
        const existing = (row: number, column: number): Rule => old?.grid[row - old.region.row]?.[column - old.region.column] ?? null;
        // Cells past what was read (columns this run adds) have no rule yet.
        const write = dropdowns === "missing" && old ? rowsMissingRules(edit, (row, column) => existing(row, column) !== null) : edit;
        if (!write) break;
        if (old) restore("rules", () => at(old.region).setDataValidations(old.grid));
        const columns = dropdownColumns(write);
        if (columns)
          for (const { column, rule } of columns)
            tx.write(null, () => at({ ...write.region, column, columns: 1 }).setDataValidation(rules.rule(rule)));
        else
          tx.write(null, () =>
            at(write.region).setDataValidations(
              write.rules.map((line, r) =>
                line.map((rule, c) => (rule ? rules.rule(rule) : existing(write.region.row + r, write.region.column + c))),
              ),
            ),
          );
        break;
      }
      case "frozenRows": {
        const old = probe.view.frozenRows;
        tx.write(plan.create ? null : () => sheet.setFrozenRows(old), () => sheet.setFrozenRows(edit.rows));
        break;
      }
      case "widths": {
        const old = [...captured.widths].filter(([column]) => column >= edit.column && column < edit.column + edit.count);
        tx.write(old.length > 0 ? () => old.forEach(([column, width]) => sheet.setColumnWidth(column, width)) : null, () =>
          sheet.setColumnWidths(edit.column, edit.count, edit.width),
        );
        break;
      }
      case "protect":
        protect(tx, sheet, probe, captured, edit, !!plan.create, at);
        break;
    }
  }
  return sheet;
}

function createSheet(tx: Transaction, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, index: number | null): Sheet {
  let attempts = 0;
  return tx.write(
    () => {
      const created = spreadsheet.getSheetByName(name);
      if (created) spreadsheet.deleteSheet(created);
    },
    () => {
      // A failed insert may have landed: a retry looks first.
      const landed = attempts++ > 0 ? spreadsheet.getSheetByName(name) : null;
      return landed ?? (index === null ? spreadsheet.insertSheet(name) : spreadsheet.insertSheet(name, index));
    },
  );
}

/** Rows and columns are added at the end only; the undo removes whatever is beyond the old size. */
function grow(
  tx: Transaction,
  sheet: Sheet,
  before: { rows: number; columns: number },
  after: { rows: number; columns: number },
  undo: boolean,
) {
  if (after.rows > before.rows)
    tx.write(
      undo
        ? () => {
            const rows = sheet.getMaxRows();
            if (rows > before.rows) sheet.deleteRows(before.rows + 1, rows - before.rows);
          }
        : null,
      () => {
        const rows = sheet.getMaxRows();
        if (rows < after.rows) sheet.insertRowsAfter(rows, after.rows - rows);
      },
    );
  if (after.columns > before.columns)
    tx.write(
      undo
        ? () => {
            const columns = sheet.getMaxColumns();
            if (columns > before.columns) sheet.deleteColumns(before.columns + 1, columns - before.columns);
          }
        : null,
      () => {
        const columns = sheet.getMaxColumns();
        if (columns < after.columns) sheet.insertColumnsAfter(columns, after.columns - columns);
      },
    );
}

function writeGrid(range: Range, property: GridProperty, grid: readonly (readonly unknown[])[]): void {
  const cells = grid as unknown[][];
  if (property === "values") range.setValues(cells);
  else if (property === "notes") range.setNotes(cells as string[][]);
  else if (property === "backgrounds") range.setBackgrounds(cells as string[][]);
  else range.setFontWeights(cells as Weight[][]);
}

/** Replaces the add-on's protections with one over the edit's range; the undo puts the old ones back. */
function protect(
  tx: Transaction,
  sheet: Sheet,
  probe: SheetProbe,
  captured: Captured,
  edit: Extract<SheetEdit, { kind: "protect" }>,
  created: boolean,
  at: (region: Region) => Range,
): void {
  const warningOnly = probe.view.protection?.warningOnly ?? true;
  probe.protections.forEach((protection, index) => {
    const range = captured.protectionRanges[index];
    tx.write(
      () => (range ? range.protect() : sheet.protect()).setDescription(edit.description).setWarningOnly(warningOnly),
      () => protection.remove(),
    );
  });
  let protection: GoogleAppsScript.Spreadsheet.Protection | null = null;
  tx.write(created ? null : () => protection?.remove(), () => {
    // Kept across tries: protecting twice would stack two protections.
    // The header's Range when the header was written through it: one getRange fewer.
    protection ??= edit.region ? at(edit.region).protect() : sheet.protect();
    protection.setDescription(edit.description).setWarningOnly(true);
  });
}
