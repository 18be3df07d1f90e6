import type { Status } from "../../src/domain/api/contract";
import { Spinner } from "../components/spinner";
import { countLabel, type StageCounts } from "../view/findings";
import { rowCountLabel, stageTitle } from "../view/status-view";

export interface StageStepperProps {
  stages: Status["stages"];
  /** Errors and warnings per sheet from this session's last validation; null before one. */
  counts: Map<string, StageCounts> | null;
  /** The sheet last opened from here, marked as the current step. */
  current: string | null;
  opening: string | null;
  onOpen: (sheet: string) => void;
}

function Badges({ counts }: { counts: StageCounts | undefined }) {
  if (!counts || (counts.errors === 0 && counts.warnings === 0)) return <span class="badge badge--ok">No problems</span>;
  return (
    <span class="badges">
      {counts.errors > 0 && <span class="badge badge--error">{countLabel(counts.errors, "error")}</span>}
      {counts.warnings > 0 && <span class="badge badge--warning">{countLabel(counts.warnings, "warning")}</span>}
    </span>
  );
}

/** The five stages in order; each is a button that brings its sheet to the front. */
export function StageStepper({ stages, counts, current, opening, onOpen }: StageStepperProps) {
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
              {counts && stage.exists && <Badges counts={counts.get(stage.sheet)} />}
            </span>
            {opening === stage.sheet && <Spinner label={`Opening ${stage.sheet}…`} inline />}
          </button>
        </li>
      ))}
    </ol>
  );
}
