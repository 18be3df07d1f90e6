import type { ComponentChildren } from "preact";
import { ChipList } from "../components/chip-list";
import type { Status } from "../../src/domain/api/contract";
import { patternLabel } from "../view/patterns";

/** Who the plan is for at a glance: the sidebar's page heading is the initiative. */
export function PlanHeader({ plan, action }: { plan: Status["plan"]; action?: ComponentChildren }) {
  return (
    <header class="card plan-header">
      <div class="plan-header-top">
        <h1 class="screen-title">{plan.initiative}</h1>
        {action}
      </div>
      <dl class="facts">
        <dt>Plan ID</dt>
        <dd class="mono">{plan.planId ?? "Not set"}</dd>
        <dt>Channels</dt>
        <dd>{plan.channels.length === 0 ? "None" : <ChipList items={plan.channels} />}</dd>
        <dt>Pattern</dt>
        <dd>{patternLabel(plan.pattern)}</dd>
      </dl>
    </header>
  );
}
