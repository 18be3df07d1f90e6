import { useState } from "preact/hooks";
import type { Status } from "../../src/domain/api/contract";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Card } from "../components/card";
import { useAction } from "../state/use-action";
import { useFocusOn } from "../state/use-focus";
import { useSelectCell } from "../state/use-select-cell";
import { EscalationList } from "./escalation-list";
import { FindingsCard } from "./findings-card";
import { MetricCards } from "./metric-cards";
import { StageStepper } from "./stage-stepper";
import { ValidateCard } from "./validate-card";

export interface PlanPanelProps {
  call: Call;
  status: Status;
  /** Sheets in workflow order, for grouping findings. */
  sheetOrder: readonly string[];
}

/** Stages, Validate, and what validation found: the loop a person runs while filling the sheets. */
export function PlanPanel({ call, status, sheetOrder }: PlanPanelProps) {
  const validate = useAction(call, "validatePlan");
  const [opening, setOpening] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [runs, setRuns] = useState(0);
  const cells = useSelectCell(call, setCurrent);
  const summaryRef = useFocusOn<HTMLDivElement>(validate.value);
  const report = validate.value;

  const runValidate = async () => {
    const result = await validate.run(undefined);
    // The reply carries the status as Validate left it (status-sync.ts): nothing more to ask.
    if (result.ok) setRuns((count) => count + 1);
  };

  const openSheet = async (sheet: string) => {
    setOpening(sheet);
    setOpenError(null);
    const result = await call("openSheet", { sheet });
    setOpening(null);
    if (result.ok) setCurrent(result.value.sheet);
    else setOpenError(result.message);
  };

  return (
    <>
      <Card title="Stages">
        <StageStepper
          stages={status.stages}
          counts={status.lastValidation ? new Map(Object.entries(status.lastValidation.summary.bySheet)) : null}
          current={current}
          opening={opening}
          onOpen={(sheet) => void openSheet(sheet)}
        />
      </Card>
      {openError && (
        <Banner kind="error" title="The sheet could not be opened">
          <p>{openError}</p>
        </Banner>
      )}
      <ValidateCard
        lastValidation={status.lastValidation}
        report={report}
        runs={runs}
        busy={validate.busy}
        error={validate.error}
        onValidate={() => void runValidate()}
        summaryRef={summaryRef}
      />
      {report && report.findings.length > 0 && (
        <FindingsCard title="Findings" findings={report.findings} sheetOrder={sheetOrder} cells={cells} omitted={report.omittedFindings} />
      )}
      {report && (
        <Card title="Metrics">
          <MetricCards metrics={report.metrics} />
        </Card>
      )}
      <Card title="Open escalations">
        <EscalationList escalations={status.escalations} />
      </Card>
    </>
  );
}
