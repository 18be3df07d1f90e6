import { AttributeRow } from "../domain/schema/attributes";
import { describeColumns } from "../domain/schema/columns";
import { TABLE_SHEETS } from "../domain/schema/workbook";
import { normalizeLabel } from "../domain/workbook";
import { activeSpreadsheet } from "./active";

const ATTRIBUTES = TABLE_SHEETS.attributes.name;
const ID_LABEL = describeColumns(AttributeRow).find((column) => column.key === "attributeId")!.label;

/** The Attribute ID of the row the person has selected on 2 Attributes, or null elsewhere. */
export function selectedAttributeId(): string | null {
  const spreadsheet = activeSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  if (sheet.getName() !== ATTRIBUTES) return null;
  const row = spreadsheet.getActiveRange()?.getRow() ?? 0;
  if (row < 2 || sheet.getLastColumn() === 0) return null;
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const cells = sheet.getRange(row, 1, 1, width).getValues()[0];
  const column = header.findIndex((label) => normalizeLabel(label) === normalizeLabel(ID_LABEL));
  const id = column >= 0 ? String(cells[column] ?? "").trim() : "";
  return id || null;
}
