import type { Status } from "../../src/domain/api/contract";
import { openEscalations, ownerLabel, rungLabel } from "../view/escalations";

/** Open escalations with the rung they reached and who must act now. */
export function EscalationList({ escalations }: { escalations: Status["escalations"] }) {
  const open = openEscalations(escalations);
  if (open.length === 0) return <p class="muted">No open escalations.</p>;
  return (
    <ul class="escalations">
      {open.map((item) => (
        <li key={item.id} class={`escalation escalation--rung${item.rung}`}>
          <span class="escalation-rung">{rungLabel(item)}</span>
          <span class="escalation-item">
            <span class="finding-code">{item.code}</span> {item.item}
          </span>
          <span class="escalation-owner">Owner: {ownerLabel(item)}</span>
          <span class="escalation-reason">{item.reason}</span>
          <span class="muted">
            {item.sheet} row {item.row} · seen in {item.seenRuns} {item.seenRuns === 1 ? "run" : "runs"}
          </span>
        </li>
      ))}
    </ul>
  );
}
