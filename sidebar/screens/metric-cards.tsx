import type { PlanMetrics } from "../api/types";
import { liftLine, metricCards } from "../view/metrics";

/** The three plan metrics as cards, then the lift each objective targets. */
export function MetricCards({ metrics }: { metrics: PlanMetrics }) {
  return (
    <div class="stack stack--tight">
      <ul class="metrics">
        {metricCards(metrics).map((card) => (
          <li key={card.label} class="metric" title={card.hint}>
            <span class="metric-value">{card.value}</span>
            <span class="metric-label">{card.label}</span>
          </li>
        ))}
      </ul>
      {metrics.liftTargets.length > 0 && (
        <div>
          <h3 class="group-title">Lift targets</h3>
          <ul class="plain-list">
            {metrics.liftTargets.map((target) => (
              <li key={target.objectiveId}>
                <span class="mono">{target.objectiveId}</span> {liftLine(target)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
