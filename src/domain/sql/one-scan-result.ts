// The one-scan row back as audience figures, in the shape of the sample-data
// preview (ProfileAudience, decision-tree branches) plus measured coverage.
// Warehouses return counts as numbers, bigints (DuckDB) or decimal strings
// (BigQuery's INT64 in JSON), and Snowflake upper-cases unquoted aliases, so
// the row is read by alias without regard to case.

import type { ScanLayout } from "./one-scan";

export interface ProfileEstimate {
  profileId: string;
  eligible: number;
  suppressed: number;
  /** Eligible, not suppressed, but the score is missing or below the threshold. */
  belowThreshold: number;
  members: number;
}

export interface BranchEstimate {
  profileId: string;
  priority: number | null;
  members: number;
  /** People the channel's decision tree gives this profile. */
  receives: number;
  holdoutPct: number;
  /**
   * The expected control group, receives × Holdout %, rounded: which people
   * fall in it is the destination's random draw, so the count is an estimate.
   */
  heldOut: number;
  activated: number;
}

export interface ChannelEstimate {
  channel: string;
  branches: BranchEstimate[];
  reached: number;
  activated: number;
}

export interface CoverageEstimate {
  attributeId: string;
  column: string;
  nonNull: number;
  /** Percent of rows with a value (0–100, one decimal); null for an empty table. */
  measuredPct: number | null;
}

export interface AudienceEstimate {
  people: number;
  profiles: ProfileEstimate[];
  channels: ChannelEstimate[];
  coverage: CoverageEstimate[];
}

export class ScanResultError extends Error {
  override name = "ScanResultError";
}

export function parseOneScanRow(layout: ScanLayout, row: Readonly<Record<string, unknown>>): AudienceEstimate {
  const byAlias = new Map(Object.entries(row).map(([key, value]) => [key.toLowerCase(), value]));
  const read = (alias: string): number => {
    const value = byAlias.get(alias);
    const n = typeof value === "bigint" ? Number(value) : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      throw new ScanResultError(`The scan's result has no count ${alias} (got ${String(value)}): it was not made by this plan's scan`);
    }
    return n;
  };
  const people = read(layout.totalAlias);
  const profiles = layout.profiles.map(({ id, aliases }) => {
    const eligible = read(aliases.eligible);
    const suppressed = read(aliases.suppressed);
    const members = read(aliases.members);
    return { profileId: id, eligible, suppressed, belowThreshold: eligible - suppressed - members, members };
  });
  const membersOf = new Map(profiles.map((p) => [p.profileId, p.members]));
  const channels = layout.channels.map(({ channel, branches }) => {
    const estimates = branches.map((branch) => {
      const receives = read(branch.alias);
      const heldOut = Math.round((receives * branch.holdoutPct) / 100);
      return {
        profileId: branch.profileId,
        priority: branch.priority,
        members: membersOf.get(branch.profileId) ?? 0,
        receives,
        holdoutPct: branch.holdoutPct,
        heldOut,
        activated: receives - heldOut,
      };
    });
    const sum = (key: "receives" | "activated") => estimates.reduce((total, b) => total + b[key], 0);
    return { channel, branches: estimates, reached: sum("receives"), activated: sum("activated") };
  });
  const coverage = layout.coverage.map(({ attributeId, column, alias }) => {
    const nonNull = read(alias);
    return { attributeId, column, nonNull, measuredPct: people === 0 ? null : Math.round((nonNull / people) * 1000) / 10 };
  });
  return { people, profiles, channels, coverage };
}
