import type { ValidationContext } from "../context";
import { finding, type Finding } from "../finding";
import type { Profile } from "../../schema/profiles";
import { labelOf, type TableRow } from "../tables";
import { addTo } from "../../group-into";

/**
 * A channel's decision tree gives a person the first profile they qualify
 * for, by Priority. Profiles of equal or blank priority on one channel are
 * ordered by nothing but their sheet rows, so the tie is broken silently:
 * PRIORITY_TIE on each profile after the first of a tie.
 */
export function checkPriorityTies(context: ValidationContext): Finding[] {
  const table = context.workbook.profiles;
  const byChannel = new Map<string, Set<string>>();
  for (const { values } of context.workbook.activations.rows) {
    const { profileId, channel } = values;
    if (!profileId || !channel || !context.profiles.has(profileId)) continue;
    if (context.profiles.get(profileId)!.values.status === "retired") continue;
    const ids = byChannel.get(channel) ?? new Set<string>();
    ids.add(profileId);
    byChannel.set(channel, ids);
  }
  const result: Finding[] = [];
  for (const [channel, ids] of byChannel) {
    if (ids.size < 2) continue;
    // Profiles by Priority, each group in sheet order: a tie is a group of two or more.
    const byPriority = new Map<number | null, TableRow<Profile>[]>();
    for (const row of [...ids].map((id) => context.profiles.get(id)!).sort((a, b) => a.row - b.row))
      addTo(byPriority, row.values.priority ?? null, row);
    for (const [priority, group] of byPriority) {
      if (group.length < 2) continue;
      group.forEach((row, index) => {
        // The first of a numbered tie comes first by rights; a blank Priority is a gap on every profile.
        if (index === 0 && priority !== null) return;
        const id = row.values.profileId;
        // Only the first few others are named: a tie among thousands stays linear, and a sentence.
        const others = group
          .slice(0, NAMED + 2)
          .filter((other) => other !== row)
          .map((other) => other.values.profileId!);
        const count = group.length - 1;
        result.push(
          finding(
            "PRIORITY_TIE",
            { sheet: table.sheet, row: row.row, column: labelOf(table, "priority") },
            priority === null
              ? `Profile ${id} has no Priority, and neither ${count === 1 ? "does" : "do"} ${named(others, count)}, which compete${count === 1 ? "s" : ""} with it on ${channel}: the decision tree orders them by sheet row only. Give each a Priority (1 = first).`
              : `Profiles ${named([...others, id!], count + 1, " and ")} share Priority ${priority} on ${channel}: the decision tree breaks the tie by sheet row, silently. Give each a different Priority.`,
          ),
        );
      });
    }
  }
  return result;
}

const NAMED = 5;

/** The first five of `total` IDs (`ids` holds at least those), then how many more: a tie among hundreds stays a sentence. */
function named(ids: readonly string[], total: number, joiner = ", "): string {
  return total > NAMED ? `${ids.slice(0, NAMED).join(", ")} and ${total - NAMED} more` : ids.join(joiner);
}

/**
 * Where an activation sends its people: api and webhook need an endpoint,
 * a webhook an https:// one (people's data never travels in clear text),
 * and every activation a Destination.
 */
export function checkDestinations(context: ValidationContext): Finding[] {
  const table = context.workbook.activations;
  const result: Finding[] = [];
  for (const row of table.rows) {
    const { profileId, channel, method, endpoint, destination } = row.values;
    if (!profileId || !channel) continue;
    const at = (key: "endpoint" | "destination") => ({ sheet: table.sheet, row: row.row, column: labelOf(table, key) });
    const where = `${profileId} on ${channel}`;
    if (!destination)
      result.push(
        finding(
          "NO_DESTINATION",
          at("destination"),
          `Destination is empty for ${where}: name the tool or system that receives the audience (e.g. Braze, Appcues).`,
        ),
      );
    if ((method === "api" || method === "webhook") && !endpoint) {
      result.push(
        finding(
          "NO_ENDPOINT",
          at("endpoint"),
          `${where} is activated by ${method}, but Endpoint / reference is empty: give the URL the audience is sent to${method === "webhook" ? " (https://…)" : ""}.`,
        ),
      );
    } else if (method === "webhook" && endpoint && !/^https:\/\/[^\s/]+/i.test(endpoint.trim())) {
      result.push(
        finding(
          "INSECURE_ENDPOINT",
          at("endpoint"),
          `The webhook of ${where} is ${JSON.stringify(endpoint)}, not an https:// URL: people's data must not travel unencrypted. Use the receiver's https:// address.`,
        ),
      );
    }
  }
  return result;
}

/** Hours between refreshes of each cadence (realtime: none). */
export const CADENCE_HOURS: Record<string, number> = { realtime: 0, hourly: 1, daily: 24, weekly: 168, monthly: 720 };

/** FRESHNESS_SLA: data refreshed less often than its Freshness SLA allows is, between refreshes, older than promised. */
export function checkFreshnessSla(context: ValidationContext): Finding[] {
  const table = context.workbook.attributes;
  const result: Finding[] = [];
  for (const row of table.rows) {
    const { attributeId, refreshCadence, freshnessSlaHours } = row.values;
    if (!refreshCadence || freshnessSlaHours == null) continue;
    const every = CADENCE_HOURS[refreshCadence];
    if (every <= freshnessSlaHours) continue;
    result.push(
      finding(
        "FRESHNESS_SLA",
        { sheet: table.sheet, row: row.row, column: labelOf(table, "freshnessSlaHours") },
        `${attributeId ?? "This attribute"} refreshes ${refreshCadence} (every ${every} hours), so its data is up to ${every} hours old, beyond its Freshness SLA of ${freshnessSlaHours} hours. Refresh it more often at the source, or agree a Freshness SLA of at least ${every} hours.`,
      ),
    );
  }
  return result;
}
