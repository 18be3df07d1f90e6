import type { PlanMetrics } from "../api/types";

/** A percentage for a metric card; null means nothing to measure yet, shown as a dash, never as 0 %. */
export function formatPct(value: number | null): string {
  return value === null ? "—" : `${Number(value.toFixed(1))}%`;
}

export interface MetricCard {
  label: string;
  value: string;
  /** What the number means, for the card's description. */
  hint: string;
}

export function metricCards(metrics: PlanMetrics): MetricCard[] {
  return [
    {
      label: "Attribute coverage",
      value: formatPct(metrics.attributeCoveragePct),
      hint: "Attributes in use that meet their coverage SLA.",
    },
    {
      label: "Consent integrity",
      value: formatPct(metrics.consentIntegrityPct),
      hint: "Activation × attribute pairs whose consent covers the channel.",
    },
    {
      label: "Activation readiness",
      value: formatPct(metrics.activationReadinessPct),
      hint: "Activations with every checklist item done.",
    },
  ];
}

/** "activation rate: 22% → 30% (+36.4%)", as typed; a missing figure is named rather than guessed. */
export function liftLine(target: PlanMetrics["liftTargets"][number]): string {
  const kpi = target.kpi ?? "KPI not set";
  if (target.baseline === null || target.target === null) return `${kpi}: baseline or target missing`;
  const lift = target.liftPct === null ? "" : ` (${target.liftPct >= 0 ? "+" : ""}${Number(target.liftPct.toFixed(1))}%)`;
  const unit = target.percent ? "%" : "";
  return `${kpi}: ${target.baseline}${unit} → ${target.target}${unit}${lift}`;
}
