import type { Status } from "../../src/domain/api/contract";
import { patternLabel } from "../view/patterns";

/** Who the plan is for at a glance: the sidebar's page heading is the initiative. */
export function PlanHeader({ plan }: { plan: Status["plan"] }) {
  return (
    <header class="card plan-header">
      <h1 class="screen-title">{plan.initiative}</h1>
      <dl class="facts">
        <dt>Plan ID</dt>
        <dd class="mono">{plan.planId ?? "Not set"}</dd>
        <dt>Channels</dt>
        <dd>
          {plan.channels.length === 0 ? (
            "None"
          ) : (
            <ul class="chips">
              {plan.channels.map((channel) => (
                <li class="chip" key={channel}>
                  {channel}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Pattern</dt>
        <dd>{patternLabel(plan.pattern)}</dd>
      </dl>
    </header>
  );
}
