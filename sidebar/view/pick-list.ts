/** What the sidebar's pick lists are for, and the sheet that fills each. */
export const PICK_LISTS = {
  profile: { noun: "profile", sheet: "3 Profiles", idLabel: "Profile ID" },
  attribute: { noun: "attribute", sheet: "2 Attributes", idLabel: "Attribute ID" },
} as const;

export type PickList = keyof typeof PICK_LISTS;

/** Why nothing can be looked up yet, or null when `chosen` is one of `ids`. */
export function pickProblem(list: PickList, ids: readonly string[], chosen: string): string | null {
  const { noun, sheet, idLabel } = PICK_LISTS[list];
  if (ids.length === 0) return `${sheet} has no ${idLabel} yet: add a ${noun} there, then choose it here.`;
  if (!chosen) return `Choose a ${noun} from the list first.`;
  return ids.includes(chosen) ? null : `${chosen} is no longer on ${sheet}: choose another ${noun}.`;
}
