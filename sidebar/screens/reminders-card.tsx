import { useId } from "preact/hooks";
import type { Status } from "../../src/domain/api/contract";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Card } from "../components/card";
import { Switch } from "../components/switch";
import { useAction } from "../state/use-action";
import { whenLabel } from "../view/status-view";

/**
 * The weekly governance reminder (a time-driven trigger). The switch shows
 * the server's state, never the wished-for one: a refused change leaves it
 * where it was and says why.
 */
export function RemindersCard({ call, status, onStatus }: { call: Call; status: Status; onStatus: (status: Status) => void }) {
  const reminders = useAction(call, "setReminders");
  const hintId = useId();
  const state = status.reminders;

  const toggle = async (enabled: boolean) => {
    const result = await reminders.run({ enabled });
    if (result.ok) onStatus({ ...status, reminders: result.value });
  };

  return (
    <Card title="Governance reminders">
      <Switch
        label="Weekly reminders"
        checked={state.enabled}
        busy={reminders.busy}
        onChange={(enabled) => void toggle(enabled)}
        describedBy={hintId}
      />
      <p class="field-hint" id={hintId}>
        {state.enabled ? "On: " : "Off. When on, "}
        every week the Plan sheet lists reviews past their Next review date and open escalations.
        {state.lastRunAt ? ` Last run ${whenLabel(state.lastRunAt)}.` : ""}
      </p>
      {reminders.error && (
        <Banner kind="error" title={`Reminders were not turned ${state.enabled ? "off" : "on"}`}>
          <p>{reminders.error}</p>
        </Banner>
      )}
    </Card>
  );
}
