import { analyzeMembershipLogic, covers, type MembershipLogic } from "../../analysis/dead-logic";
import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import { isCheckedLogic, type ProfileLogic } from "../profile-logic";
import { labelOf } from "../tables";
import { addTo } from "../../group-into";

/**
 * On a channel each profile is compared with at most this many profiles
 * above it: real decision trees are short, and the bound keeps a 2,000-profile
 * workbook inside an Apps Script execution.
 */
export const SHADOW_WINDOW = 25;

/** DEAD_LOGIC: an eligibility no one can meet, or a suppression that removes everyone eligible. */
export function checkDeadLogic(context: ValidationContext, dead: Set<string>): Finding[] {
  const table = context.workbook.profiles;
  const result: Finding[] = [];
  for (const [id, logic] of context.logic) {
    if (!logic.eligibility) continue;
    const at = (key: "eligibility" | "suppression") => ({ sheet: table.sheet, row: logic.row.row, column: labelOf(table, key) });
    const { eligibility: verdict, suppressesAll } = analyzeMembershipLogic(logic.eligibility, logic.suppression, context.attributeTypes);
    if (verdict.verdict === "dead") {
      dead.add(id);
      result.push(
        finding(
          "DEAD_LOGIC",
          at("eligibility"),
          `Nobody can ever qualify: ${verdict.reason ?? "the conditions contradict each other"}. Fix the conditions, or retire the profile.`,
        ),
      );
    } else if (suppressesAll) {
      dead.add(id);
      result.push(
        finding(
          "DEAD_LOGIC",
          at("suppression"),
          `The Suppression is true for everyone the Eligibility selects, so the profile never reaches anyone. Narrow the Suppression.`,
        ),
      );
    }
  }
  return result;
}

/** SHADOWED_PROFILE (static): a higher-priority profile on the same channel provably takes everyone this one would get. */
export function checkShadowedProfiles(context: ValidationContext, dead: ReadonlySet<string>): Finding[] {
  const table = context.workbook.activations;
  const byChannel = new Map<string, { logic: ProfileLogic; membership: MembershipLogic; row: number }[]>();
  for (const row of table.rows) {
    const { profileId, channel } = row.values;
    const logic = profileId ? context.logic.get(profileId) : undefined;
    if (!channel || !logic?.eligibility || dead.has(profileId!)) continue;
    const membership = membershipOf(logic);
    if (!membership) continue;
    addTo(byChannel, channel, { logic, membership, row: row.row });
  }
  const result: Finding[] = [];
  for (const [channel, entries] of byChannel) {
    const ordered = [...entries].sort((a, b) => priority(a.logic) - priority(b.logic));
    ordered.forEach((lower, index) => {
      const above = ordered
        .slice(Math.max(0, index - SHADOW_WINDOW), index)
        .filter((higher) => priority(higher.logic) < priority(lower.logic));
      const by = above
        .filter(
          (higher) =>
            isSubset(higher.logic.references, lower.logic.references) &&
            covers(higher.membership, lower.membership, context.attributeTypes),
        )
        .map((higher) => higher.logic.row.values.profileId);
      if (by.length === 0) return;
      result.push(
        finding(
          "SHADOWED_PROFILE",
          { sheet: table.sheet, row: lower.row, column: labelOf(table, "profileId") },
          `On ${channel}, ${by.join(", ")} (higher priority) already takes everyone ${lower.logic.row.values.profileId} would get, so it receives nobody. Lower the other profile's priority, narrow it, or retire this activation.`,
        ),
      );
    });
  }
  return result;
}

/**
 * A profile can only be proven to cover another when it constrains no
 * attribute the other leaves free; checking that first skips the costly
 * proof for most pairs. Skipping can only miss a warning, never invent one.
 */
const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((id) => b.has(id));

const priority = (logic: ProfileLogic) => logic.row.values.priority ?? Number.MAX_SAFE_INTEGER;

function membershipOf(logic: ProfileLogic): MembershipLogic | null {
  const threshold = logic.row.values.scoreThreshold;
  // Logic that did not type-check cannot be reasoned about: ignoring it could claim a cover falsely.
  if (!isCheckedLogic(logic) || (logic.score && threshold == null)) return null;
  return {
    eligibility: logic.eligibility,
    ...(logic.suppression ? { suppression: logic.suppression } : {}),
    ...(logic.score && threshold != null ? { score: { expression: logic.score, threshold } } : {}),
  };
}
