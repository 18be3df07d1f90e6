import { asLiteralText } from "./literal-text";
import { dropdownEdits, EMPTY_HEADER, headerFormatEdits, type HeaderView, widthEdits } from "./header-edits";
import { planHeaders } from "./header-plan";
import { HEADER_PROTECTION, OWNED_SHEET_PROTECTION } from "./protections";
import { NEW_SHEET_SIZE, type SheetEdit, type SheetPlan } from "./sheet-edits";
import type { SheetTemplate, TemplateColumn } from "./sheet-template";

/** A Plan value setup wrote, for the Change log. */
export interface FieldWrite {
  label: string;
  before: unknown;
  after: string | number;
}

export type SheetOutcome =
  | { kind: "created"; fields?: FieldWrite[] }
  | { kind: "upgraded"; addedColumns: string[]; fields?: FieldWrite[] }
  | { kind: "skipped"; reason: string };

/** What was read of a sheet before planning: nothing when it does not exist. */
export interface SheetView {
  exists: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  header: HeaderView;
  /** The add-on's protection as found; null when missing or stacked in several copies. */
  protection: { warningOnly: boolean } | null;
}

export const MISSING_SHEET: SheetView = {
  exists: false,
  maxRows: NEW_SHEET_SIZE.rows,
  maxColumns: NEW_SHEET_SIZE.columns,
  frozenRows: 0,
  header: EMPTY_HEADER,
  protection: null,
};

export interface TableSetup {
  outcome: SheetOutcome;
  /** Null when the sheet is skipped. */
  plan: SheetPlan | null;
  /** 1-based column of each template column once the plan is applied. */
  positions: Map<string, number>;
  /** Columns of the header row once the plan is applied. */
  width: number;
}

/**
 * Creates or upgrades one stage sheet. Existing rows and a collaborator's
 * own columns are never moved or rewritten: missing template columns are
 * appended after the last used column. Formats, notes, dropdowns and the
 * protection are re-applied where they differ from the template.
 */
export function planTableSetup(template: SheetTemplate, view: SheetView, index: number | null): TableSetup {
  const headers = planHeaders(template, view.exists ? view.header.values : []);
  if (headers.kind === "foreign")
    return { outcome: { kind: "skipped", reason: headers.reason }, plan: null, positions: new Map(), width: 0 };

  const positions = new Map(headers.kind === "upgrade" ? headers.found : []);
  const added: TemplateColumn[] = headers.kind === "upgrade" ? headers.missing : template.headers;
  const start = headers.kind === "upgrade" ? headers.firstFreeColumn : 1;
  added.forEach((column, offset) => positions.set(column.key, start + offset));
  const width = Math.max(start - 1, start + added.length - 1);
  const size = { rows: view.maxRows, columns: Math.max(view.maxColumns, width) };

  const edits: SheetEdit[] = [];
  if (added.length > 0)
    edits.push({ kind: "cells", property: "values", row: 1, column: start, cells: [added.map((c) => asLiteralText(c.label))] });
  edits.push(...headerFormatEdits(view.header, positions, template.headers, width, !view.exists));
  if (view.frozenRows !== 1) edits.push({ kind: "frozenRows", rows: 1 });
  edits.push(...widthEdits(positions, added));
  edits.push(...dropdownEdits(positions, template.headers, 2, size.rows));
  if (!view.exists || added.length > 0 || !view.protection?.warningOnly) {
    edits.push(
      template.spec.addOnOwned
        ? { kind: "protect", region: null, description: OWNED_SHEET_PROTECTION }
        : { kind: "protect", region: { row: 1, column: 1, rows: 1, columns: width }, description: HEADER_PROTECTION },
    );
  }
  const plan: SheetPlan = { name: template.spec.name, create: view.exists ? null : { index }, size, edits };
  const outcome: SheetOutcome =
    !view.exists || headers.kind === "create" ? { kind: "created" } : { kind: "upgraded", addedColumns: added.map((c) => c.label) };
  return { outcome, plan, positions, width };
}

/** The protection each template sheet carries (the Plan sheet's covers its Field labels). */
export const protectionOf = (template: SheetTemplate): { type: "range" | "sheet"; description: string } =>
  template.spec.addOnOwned ? { type: "sheet", description: OWNED_SHEET_PROTECTION } : { type: "range", description: HEADER_PROTECTION };
