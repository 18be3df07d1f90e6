import type { Status } from "../../src/domain/api/contract";
import { Spinner } from "../components/spinner";
import { rowCountLabel, stageTitle } from "../view/status-view";

export interface StageStepperProps {
  stages: Status["stages"];
  /** The sheet last opened from here, marked as the current step. */
  current: string | null;
  opening: string | null;
  onOpen: (sheet: string) => void;
}

/** The five stages in order; each is a button that brings its sheet to the front. */
export function StageStepper({ stages, current, opening, onOpen }: StageStepperProps) {
  return (
    <ol class="stepper">
      {stages.map((stage, index) => (
        <li key={stage.sheet}>
          <button
            type="button"
            class="step"
            aria-current={current === stage.sheet ? "step" : undefined}
            disabled={!stage.exists}
            // aria-disabled keeps focus on the clicked step while its sheet opens.
            aria-disabled={opening !== null || undefined}
            onClick={() => opening === null && onOpen(stage.sheet)}
          >
            <span class="step-number" aria-hidden="true">
              {index + 1}
            </span>
            <span class="step-text">
              <span class="step-title">{stageTitle(stage.sheet)}</span>
              <span class="step-count">{stage.exists ? rowCountLabel(stage.rows) : "Sheet missing"}</span>
            </span>
            {opening === stage.sheet && <Spinner label={`Opening ${stage.sheet}…`} inline />}
          </button>
        </li>
      ))}
    </ol>
  );
}
