// The estimate as the CLI prints it: profiles, then each channel's decision
// tree and holdouts, then measured coverage beside the typed Coverage %, with
// the gaps the COVERAGE_MEASURED rule is about (typed > measured + 5 points).

import type { AudienceEstimate } from "../domain/sql";

export const COVERAGE_TOLERANCE = 5;

export interface CoverageGap {
  attributeId: string;
  typedPct: number;
  measuredPct: number;
}

export function coverageGaps(estimate: AudienceEstimate, typed: ReadonlyMap<string, number | null>): CoverageGap[] {
  return estimate.coverage.flatMap(({ attributeId, measuredPct }) => {
    const typedPct = typed.get(attributeId);
    if (typedPct == null || measuredPct === null || typedPct <= measuredPct + COVERAGE_TOLERANCE) return [];
    return [{ attributeId, typedPct, measuredPct }];
  });
}

const n = (value: number): string => value.toLocaleString("en-US");

/** Columns padded to one width; the first `left` columns (names) align left, counts right. */
function table(rows: string[][], left = 1): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) =>
    row
      .map((cell, c) => (c < left ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ")
      .trimEnd(),
  );
}

export interface EstimateReport {
  planPath: string;
  dataPath: string;
  estimate: AudienceEstimate;
  typedCoverage: ReadonlyMap<string, number | null>;
  gaps: CoverageGap[];
  conversions: string[];
}

export function formatEstimate({ planPath, dataPath, estimate, typedCoverage, gaps, conversions }: EstimateReport): string {
  const lines = [`${planPath} on ${dataPath}: ${n(estimate.people)} ${estimate.people === 1 ? "person" : "people"}`, ""];
  lines.push(
    ...table([
      ["Profile", "eligible", "suppressed", "below threshold", "members"],
      ...estimate.profiles.map((p) => [p.profileId, n(p.eligible), n(p.suppressed), n(p.belowThreshold), n(p.members)]),
    ]),
  );
  for (const channel of estimate.channels) {
    lines.push("", `Channel ${channel.channel}: ${n(channel.reached)} reached, ${n(channel.activated)} activated after holdouts`);
    lines.push(
      ...table(
        [
          ["  Priority", "profile", "members", "receives", "held out", "activated"],
          ...channel.branches.map((b) => [
            `  ${b.priority ?? "-"}`,
            b.profileId,
            n(b.members),
            n(b.receives),
            b.holdoutPct > 0 ? `${n(b.heldOut)} (${b.holdoutPct} %)` : "0",
            n(b.activated),
          ]),
        ],
        2,
      ),
    );
  }
  if (estimate.coverage.length > 0) {
    const gap = new Set(gaps.map((g) => g.attributeId));
    lines.push("");
    lines.push(
      ...table(
        [
          ["Attribute", "column", "measured coverage", "typed Coverage %", ""],
          ...estimate.coverage.map((c) => {
            const typed = typedCoverage.get(c.attributeId);
            return [
              c.attributeId,
              c.column,
              c.measuredPct === null ? "-" : `${c.measuredPct.toFixed(1)} %`,
              typed == null ? "-" : `${typed} %`,
              gap.has(c.attributeId) ? `typed exceeds measured by more than ${COVERAGE_TOLERANCE} points` : "",
            ];
          }),
        ],
        2,
      ),
    );
  }
  if (conversions.length > 0) lines.push("", ...conversions.map((c) => `Read ${c}`));
  lines.push("", "Held out: the expected control group (receives × Holdout %); the destination draws who is in it.");
  return `${lines.join("\n")}\n`;
}
