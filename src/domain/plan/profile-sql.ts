import { compileProfile, DIALECTS, type DialectName, type ProfileSql } from "../sql";
import { isCheckedLogic, type ProfileLogic } from "../validation/profile-logic";
import type { ValidationContext } from "../validation/context";

/** The warehouse table the stored SQL reads; the command line's compile --table names another. */
export const DEFAULT_TABLE = "people";

/**
 * A profile's membership in every warehouse dialect, reading each
 * attribute's Source field as its column. Null when the logic does not
 * type-check: SQL is only stored for logic that means something.
 */
export function profileSql(logic: ProfileLogic, context: ValidationContext): Record<DialectName, ProfileSql> | null {
  if (!isCheckedLogic(logic)) return null;
  const columnOf = warehouseColumns(context);
  const entries = DIALECTS.map((dialect) => [
    dialect,
    compileProfile(
      {
        eligibility: logic.eligibility,
        suppression: logic.suppression,
        score: logic.score,
        scoreThreshold: logic.row.values.scoreThreshold,
      },
      { dialect, attributes: context.attributeTypes, table: DEFAULT_TABLE, columnOf },
    ),
  ]);
  return Object.fromEntries(entries) as Record<DialectName, ProfileSql>;
}

/**
 * The warehouse column of each attribute: its Source field's last part
 * ("users.created_at" is column created_at), or the Attribute ID itself.
 */
export function warehouseColumns(context: ValidationContext): (attributeId: string) => string {
  return (id) => context.attributes.get(id)?.values.sourceField?.trim().split(".").pop() || id;
}
