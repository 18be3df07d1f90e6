import { describeColumns } from "../schema/columns";
import { rowKeyOf, SHEETS, type SheetSpec } from "../schema/workbook";
import { normalizeLabel } from "../workbook/sheet-template";

/**
 * The sheets whose edits the Change log records (every template sheet but
 * the log itself), with how a row is named in the log: its ID, found by
 * header label; an activation by profile and channel, a governance row by
 * scope and item (as the plan's change list names them); a Plan row by its
 * Field label.
 */
export interface StageSheet {
  name: string;
  /** Normalized header labels whose values name a row, joined by `joiner`. */
  keyLabels: string[];
  joiner: string;
  /** Normalized labels of date columns (onEdit reports their old values as serial numbers). */
  dateLabels: Set<string>;
}

function stageSheet(spec: SheetSpec): StageSheet {
  const columns = describeColumns(spec.row);
  const labelOf = (key: string) => normalizeLabel(columns.find((column) => column.key === key)?.label ?? key);
  const key = rowKeyOf(spec);
  const keyLabels = spec.layout === "keyValue" ? ["field"] : key.columns.map(labelOf);
  const dateLabels = new Set(
    spec.layout === "keyValue" ? [] : columns.filter((column) => column.kind === "date").map((column) => normalizeLabel(column.label)),
  );
  return { name: spec.name, keyLabels, joiner: key.joiner, dateLabels };
}

const STAGE_SHEETS = new Map(SHEETS.filter((spec) => !spec.addOnOwned).map((spec) => [spec.name, stageSheet(spec)]));

/** The stage sheet of that name, or null for the Change log and anyone's own sheets. */
export function stageSheetNamed(name: string): StageSheet | null {
  return STAGE_SHEETS.get(name) ?? null;
}

export const STAGE_SHEET_NAMES: readonly string[] = [...STAGE_SHEETS.keys()];
