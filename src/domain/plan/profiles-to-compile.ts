// Which profiles of a validated plan can become SQL. A profile is compiled
// only when nothing that decides its membership has an error: an Eligibility,
// Suppression or Score that does not parse or type-check, a Score without its
// threshold, a Profile ID that is missing or taken, or an attribute it uses
// whose Type is unreadable (the type checker lets such an attribute through,
// but the SQL would guess how to compare it). Compiling around any of these
// would silently widen or narrow the audience.

import type { ProfileLogic } from "../sql";
import type { Finding, ValidationResult } from "../validation";
import { isCheckedLogic } from "../validation/profile-logic";
import { labelOf } from "../validation/tables";

export type ProfileToCompile = { id: string; logic: ProfileLogic } | { id: string; problems: Finding[] };

const DECIDING = ["profileId", "eligibility", "suppression", "score", "scoreThreshold"] as const;

export function profilesToCompile({ context, findings }: ValidationResult): ProfileToCompile[] {
  const { profiles, attributes } = context.workbook;
  const columns = new Set(DECIDING.map((key) => labelOf(profiles, key)));
  const typeColumn = labelOf(attributes, "type");
  const errorsAt = (sheet: string, row: number, isDeciding: (column: string) => boolean) =>
    findings.filter((f) => f.severity === "error" && f.sheet === sheet && f.row === row && isDeciding(f.column));

  return profiles.rows.map((row) => {
    const id = row.values.profileId ?? `on row ${row.row}`;
    // The context keeps the first row of each ID; a later row with the same ID is never compiled.
    const analyzed = row.values.profileId === undefined ? undefined : context.logic.get(row.values.profileId);
    const untyped = analyzed ? [...analyzed.references].filter((ref) => context.attributeTypes.get(ref)?.type === "unknown") : [];
    const problems = [
      ...errorsAt(profiles.sheet, row.row, (column) => columns.has(column)),
      ...untyped.flatMap((ref) => errorsAt(attributes.sheet, context.attributes.get(ref)!.row, (column) => column === typeColumn)),
    ];
    if (problems.length > 0 || analyzed?.row !== row || !isCheckedLogic(analyzed)) return { id, problems };
    const { eligibility, suppression, score } = analyzed;
    return { id, logic: { eligibility, suppression, score, scoreThreshold: row.values.scoreThreshold } };
  });
}
