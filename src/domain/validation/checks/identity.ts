import { closestMatch } from "../../logic";
import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { labelOf, type Table } from "../tables";

/** DUPLICATE_ID on every occurrence after the first, naming the first row. */
function duplicates<T>(
  table: Table<T>,
  key: keyof T & string,
  keyOf: (values: Partial<T>) => string | null | undefined,
  what: string,
): Finding[] {
  const firstRow = new Map<string, number>();
  const result: Finding[] = [];
  for (const row of table.rows) {
    const id = keyOf(row.values);
    if (!id) continue;
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, row.row);
    else {
      result.push(
        finding(
          "DUPLICATE_ID",
          { sheet: table.sheet, row: row.row, column: labelOf(table, key) },
          `${what} ${id} is already used on row ${first}. Give this row its own ID, or delete one of the two.`,
        ),
      );
    }
  }
  return result;
}

export function checkDuplicateIds({ workbook }: ValidationContext): Finding[] {
  return [
    ...duplicates(workbook.objectives, "objectiveId", (v) => v.objectiveId, "Objective ID"),
    ...duplicates(workbook.attributes, "attributeId", (v) => v.attributeId, "Attribute ID"),
    ...duplicates(workbook.profiles, "profileId", (v) => v.profileId, "Profile ID"),
    ...duplicates(workbook.tests, "testId", (v) => v.testId, "Test ID"),
    ...duplicates(
      workbook.activations,
      "channel",
      (v) => (v.profileId && v.channel ? `${v.profileId} on ${v.channel}` : null),
      "The activation of",
    ),
  ];
}

const didYouMean = (word: string, candidates: Iterable<string>) => {
  const match = closestMatch(word, candidates);
  return match ? ` Did you mean "${match}"?` : "";
};

/** References to profiles and attributes that no row defines. */
export function checkReferences({ workbook, profiles, attributes }: ValidationContext): Finding[] {
  const result: Finding[] = [];
  const unknownProfile = <T>(table: Table<T>, row: number, key: keyof T & string, id: string) =>
    result.push(
      finding(
        "UNKNOWN_PROFILE",
        { sheet: table.sheet, row, column: labelOf(table, key) },
        `No profile "${id}" in 3 Profiles.${didYouMean(id, profiles.keys())} Fix the ID or add the profile.`,
      ),
    );

  for (const row of workbook.activations.rows) {
    const id = row.values.profileId;
    if (id && !profiles.has(id)) unknownProfile(workbook.activations, row.row, "profileId", id);
  }
  for (const row of workbook.tests.rows) {
    const id = row.values.profileId;
    if (id && !profiles.has(id)) unknownProfile(workbook.tests, row.row, "profileId", id);
  }
  for (const row of workbook.governance.rows) {
    const { scope, item } = row.values;
    if (!item || item === "*") continue;
    if (scope === "profile" && !profiles.has(item)) unknownProfile(workbook.governance, row.row, "item", item);
    if (scope === "attribute" && !attributes.has(item)) {
      result.push(
        finding(
          "UNKNOWN_ATTRIBUTE",
          { sheet: workbook.governance.sheet, row: row.row, column: labelOf(workbook.governance, "item") },
          `No attribute "${item}" in 2 Attributes.${didYouMean(item, attributes.keys())} Fix the ID or add the attribute.`,
        ),
      );
    }
  }
  return result;
}

/** An enum attribute needs the values its logic may compare with. */
export function checkEnumValues({ workbook }: ValidationContext): Finding[] {
  const table = workbook.attributes;
  return table.rows
    .filter((row) => row.values.type === "enum" && row.values.allowedValues?.length === 0)
    .map((row) =>
      finding(
        "SCHEMA",
        { sheet: table.sheet, row: row.row, column: labelOf(table, "allowedValues") },
        `Allowed values is required for an enum attribute: list the values, comma separated (e.g. free, pro, enterprise).`,
      ),
    );
}
