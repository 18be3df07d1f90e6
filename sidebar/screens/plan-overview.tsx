import type { ComponentChildren } from "preact";
import type { Status } from "../../src/domain/api/contract";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { PlanHeader } from "./plan-header";
import { StageStepper } from "./stage-stepper";

export interface PlanOverviewProps {
  status: Status;
  report?: ComponentChildren;
  error: string | null;
  busy: "setup" | "refresh" | null;
  currentSheet: string | null;
  openingSheet: string | null;
  onOpenSheet: (sheet: string) => void;
  onSetup: () => void;
  onRefresh: () => void;
}

/**
 * The plan once its sheets exist: header, stage stepper and the actions that
 * apply to the whole plan. Validation findings, metrics and export each get
 * their own card here as they arrive.
 */
export function PlanOverview({ status, report, error, busy, currentSheet, openingSheet, onOpenSheet, onSetup, onRefresh }: PlanOverviewProps) {
  return (
    <main class="stack">
      <PlanHeader plan={status.plan} />
      {report}
      {error && (
        <Banner kind="error">
          <p>{error}</p>
        </Banner>
      )}
      <Card title="Stages">
        <StageStepper stages={status.stages} current={currentSheet} opening={openingSheet} onOpen={onOpenSheet} />
      </Card>
      <div class="actions">
        <Button variant="secondary" busy={busy === "setup"} busyLabel="Setting up sheets…" disabled={busy === "refresh"} onClick={onSetup}>
          Set up sheets
        </Button>
        <Button variant="text" busy={busy === "refresh"} busyLabel="Refreshing…" disabled={busy === "setup"} onClick={onRefresh}>
          Refresh
        </Button>
      </div>
    </main>
  );
}
