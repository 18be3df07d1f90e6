import type { PreviewReport, WhereUsed } from "../domain/api/insight";
import { decayNote } from "../domain/plan/decay-note";
import { profileSql } from "../domain/plan/profile-sql";
import { whereUsed } from "../domain/plan/where-used";
import { previewReport } from "../domain/preview/preview-report";
import { validateWorkbook, type ValidationResult } from "../domain/validation";
import { activeSpreadsheet } from "../sheets/active";
import { selectedAttributeId } from "../sheets/active-attribute";
import { readWorkbook } from "../sheets/read-workbook";
import { readSampleData, SAMPLE_SHEET } from "../sheets/sample-data-sheet";

/** The workbook's logic, checked: these read-only views need no annotations and no analyses. */
function checkedWorkbook(now: Date): ValidationResult {
  const { raw, timeZone } = readWorkbook(activeSpreadsheet());
  return validateWorkbook(raw, { now, timeZone, analyses: false });
}

export function previewAudiences(now: Date): PreviewReport {
  const { context } = checkedWorkbook(now);
  const sample = readSampleData([...context.attributeTypes.values()]);
  const report = {
    ...previewReport(context, sample, now),
    decayNote: decayNote([...context.logic].map(([profileId, logic]) => ({ profileId, decayWindow: logic.row.values.decayWindow }))),
  };
  if (sample.created) {
    return {
      ...report,
      sampleNote: `The ${SAMPLE_SHEET} sheet was created with your Attribute IDs as columns: paste customer rows (one person per row) and preview again.`,
    };
  }
  return report;
}

export function getProfileSql(profileId: string, now: Date) {
  const { context } = checkedWorkbook(now);
  const logic = context.logic.get(profileId);
  if (!logic) throw new Error(`No profile "${profileId}" in 3 Profiles.`);
  const sql = profileSql(logic, context);
  if (!sql) throw new Error(`Profile ${profileId}'s logic has errors, so it cannot be compiled to SQL yet. Validate and fix them first.`);
  return { profileId, sql, decayNote: decayNote([{ profileId, decayWindow: logic.row.values.decayWindow }]) };
}

export function attributeWhereUsed(attributeId: string | undefined, now: Date): WhereUsed {
  const id = attributeId ?? selectedAttributeId();
  if (!id) throw new Error("No attribute is selected: select a cell in its row on 2 Attributes, or choose it from the Attribute list.");
  return whereUsed(checkedWorkbook(now).context, id);
}
