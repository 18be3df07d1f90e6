import type { GovernanceItem } from "../../schema/governance";
import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { labelOf, type Table } from "../tables";

type Scope = NonNullable<GovernanceItem["scope"]>;

/** Whether Governance names an owner or fallback owner for an item (by ID, or * for the whole scope). */
export function governedOwner(context: ValidationContext, scope: Scope, ids: readonly string[]): string | null {
  for (const row of context.workbook.governance.rows) {
    const { scope: rowScope, item, owner, fallbackOwner } = row.values;
    if (rowScope !== scope || !item || (item !== "*" && !ids.includes(item))) continue;
    const who = owner || fallbackOwner;
    if (who) return who;
  }
  return null;
}

/** NO_OWNER: an item nobody answers for, neither on its own row nor in Governance. */
export function checkOwners(context: ValidationContext): Finding[] {
  const { workbook } = context;
  const result: Finding[] = [];
  const unowned = <T extends { owner?: string | null }>(
    table: Table<T>,
    scope: Scope,
    idsOf: (values: Partial<T>) => string[],
    what: string,
  ) => {
    for (const row of table.rows) {
      const ids = idsOf(row.values);
      if (row.values.owner || ids.length === 0 || governedOwner(context, scope, ids)) continue;
      result.push(
        finding(
          "NO_OWNER",
          { sheet: table.sheet, row: row.row, column: labelOf(table, "owner" as keyof T & string) },
          `${what} ${ids[ids.length - 1]} has no owner. Fill in Owner here, or add a 5 Governance row (Scope ${scope}, Item ${ids[0]} or *) with an Owner or Fallback owner.`,
        ),
      );
    }
  };
  unowned(workbook.attributes, "attribute", (v) => (v.attributeId ? [v.attributeId] : []), "Attribute");
  unowned(workbook.profiles, "profile", (v) => (v.profileId ? [v.profileId] : []), "Profile");
  unowned(
    workbook.activations,
    "activation",
    (v) => (v.profileId && v.channel ? [v.profileId, `${v.profileId}/${v.channel}`] : []),
    "Activation",
  );

  const governance = workbook.governance;
  for (const row of governance.rows) {
    if (row.values.owner || row.values.fallbackOwner) continue;
    result.push(
      finding(
        "NO_OWNER",
        { sheet: governance.sheet, row: row.row, column: labelOf(governance, "owner") },
        `Nobody owns ${row.values.scope ?? "this"} ${row.values.item ?? "item"}: fill in Owner or Fallback owner.`,
      ),
    );
  }
  return result;
}
