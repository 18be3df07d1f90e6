// Every profile's audience in one scan of the people table: a single SELECT
// that returns one row of counts, so a warehouse reads the table once however
// many profiles the plan has (one query per profile reads it once each).
//
// Three nested levels, all plain derived tables so every dialect takes them:
//   flags   — per person and profile: eligible, suppressed, score passes;
//             per attribute used: the value is not null;
//   picks   — per profile: member; per channel: which profile the decision
//             tree gives the person (the first they belong to, by priority);
//   counts  — one aggregate per figure: COUNTIF (BigQuery), COUNT(*) FILTER
//             (PostgreSQL, DuckDB), SUM(CASE …) (Snowflake).
// Output columns are positional aliases (p0_members, c1_b2, a3_non_null), so
// no profile ID or channel name ever reaches the SQL text; parseOneScanRow
// reads them back with the layout returned beside the SQL.

import { referencedAttributes } from "../logic";
import { byPriority } from "../preview/decision-tree";
import { dialectOf } from "./dialects";
import { SqlCompiler } from "./expression";
import { numberSql } from "./literals";
import type { ProfileLogic, ProfileSqlOptions } from "./profile";
import { tableSql } from "./profile";

export interface ScanProfile extends ProfileLogic {
  id: string;
  /** 1 = first on a channel; null = after every numbered profile. */
  priority?: number | null;
}

export interface ScanActivation {
  profileId: string;
  channel: string;
  /** The share of the profile's people on this channel kept out as a control group, 0–100. */
  holdoutPct?: number | null;
}

export interface OneScanInput {
  profiles: readonly ScanProfile[];
  activations: readonly ScanActivation[];
  /** Attributes whose non-null share to measure; by default every attribute the profiles use. */
  measure?: readonly string[];
}

export interface ScanBranch {
  profileId: string;
  priority: number | null;
  holdoutPct: number;
  alias: string;
}

export interface ScanLayout {
  profiles: { id: string; aliases: { eligible: string; suppressed: string; members: string } }[];
  channels: { channel: string; branches: ScanBranch[] }[];
  coverage: { attributeId: string; column: string; alias: string }[];
  totalAlias: string;
}

export interface OneScan {
  sql: string;
  layout: ScanLayout;
}

export function compileOneScan(input: OneScanInput, options: ProfileSqlOptions): OneScan {
  const d = dialectOf(options.dialect);
  const compiler = new SqlCompiler(options);
  const columnOf = options.columnOf ?? ((id: string) => id);
  const flags: string[] = [];
  const picks: string[] = [];
  const counts: string[] = ["COUNT(*) AS people_total"];
  const layout: ScanLayout = { profiles: [], channels: [], coverage: [], totalAlias: "people_total" };

  input.profiles.forEach((profile, i) => {
    flags.push(`${d.isTrue(compiler.sql(profile.eligibility))} AS e${i}`);
    flags.push(`${profile.suppression ? d.isTrue(compiler.sql(profile.suppression)) : "FALSE"} AS s${i}`);
    const scored = profile.score && profile.scoreThreshold != null;
    const score = scored
      ? `(${compiler.sql(profile.score as NonNullable<typeof profile.score>)} >= ${numberSql(profile.scoreThreshold as number, d)})`
      : null;
    flags.push(`${score ? d.isTrue(score) : "TRUE"} AS q${i}`);
    picks.push(`f.e${i}, f.s${i}, (f.e${i} AND NOT f.s${i} AND f.q${i}) AS m${i}`);
    const aliases = { eligible: `p${i}_eligible`, suppressed: `p${i}_suppressed`, members: `p${i}_members` };
    counts.push(`${d.countIf(`k.e${i}`)} AS ${aliases.eligible}`);
    counts.push(`${d.countIf(`k.e${i} AND k.s${i}`)} AS ${aliases.suppressed}`);
    counts.push(`${d.countIf(`k.m${i}`)} AS ${aliases.members}`);
    layout.profiles.push({ id: profile.id, aliases });
  });

  channelsOf(input).forEach(({ channel, entries }, c) => {
    const index = new Map(input.profiles.map((p, i) => [p.id, i]));
    const ordered = byPriority(entries.map((e) => ({ ...e, priority: input.profiles[index.get(e.profileId) as number].priority ?? null })));
    const whens = ordered.map((entry, b) => {
      const i = index.get(entry.profileId);
      return `WHEN (f.e${i} AND NOT f.s${i} AND f.q${i}) THEN ${b}`;
    });
    picks.push(`CASE ${whens.join(" ")} ELSE -1 END AS c${c}`);
    const branches = ordered.map((entry, b) => {
      const alias = `c${c}_b${b}`;
      counts.push(`${d.countIf(`k.c${c} = ${b}`)} AS ${alias}`);
      return { profileId: entry.profileId, priority: entry.priority, holdoutPct: entry.holdoutPct, alias };
    });
    layout.channels.push({ channel, branches });
  });

  measured(input).forEach((attributeId, a) => {
    const column = columnOf(attributeId);
    flags.push(`(${d.identifier(column)} IS NOT NULL) AS a${a}`);
    picks.push(`f.a${a}`);
    const alias = `a${a}_non_null`;
    counts.push(`${d.countIf(`k.a${a}`)} AS ${alias}`);
    layout.coverage.push({ attributeId, column, alias });
  });

  const list = (items: string[], indent: string) => (items.length === 0 ? "1 AS empty" : items.join(`,\n${indent}`));
  const sql = [
    `SELECT\n  ${counts.join(",\n  ")}`,
    `FROM (\n  SELECT\n    ${list(picks, "    ")}`,
    `  FROM (\n    SELECT\n      ${list(flags, "      ")}`,
    `    FROM ${tableSql(options.table, d)}\n  ) AS f\n) AS k`,
  ].join("\n");
  return { sql, layout };
}

interface ChannelEntry {
  profileId: string;
  holdoutPct: number;
}

/** Channels in the order activations name them; each profile once per channel; unknown profiles skipped (validation reports them). */
function channelsOf(input: OneScanInput): { channel: string; entries: ChannelEntry[] }[] {
  const known = new Set(input.profiles.map((p) => p.id));
  const channels = new Map<string, ChannelEntry[]>();
  for (const activation of input.activations) {
    if (!known.has(activation.profileId)) continue;
    const entries = channels.get(activation.channel) ?? [];
    if (!entries.some((e) => e.profileId === activation.profileId)) {
      entries.push({ profileId: activation.profileId, holdoutPct: activation.holdoutPct ?? 0 });
    }
    channels.set(activation.channel, entries);
  }
  return [...channels].map(([channel, entries]) => ({ channel, entries }));
}

function measured(input: OneScanInput): string[] {
  if (input.measure) return [...new Set(input.measure)];
  const used = new Set<string>();
  for (const p of input.profiles) {
    for (const node of [p.eligibility, p.suppression, p.score]) if (node) for (const id of referencedAttributes(node)) used.add(id);
  }
  return [...used];
}
