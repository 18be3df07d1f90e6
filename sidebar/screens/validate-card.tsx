import type { Ref } from "preact";
import type { Status, ValidationReport } from "../../src/domain/api/contract";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Progress } from "../components/progress";
import { whenLabel } from "../view/status-view";

export interface ValidateCardProps {
  lastValidation: Status["lastValidation"];
  report: ValidationReport | null;
  /** Validations run in this session: marks the outcome so a new one is told from the last. */
  runs: number;
  busy: boolean;
  error: string | null;
  onValidate: () => void;
  summaryRef: Ref<HTMLDivElement>;
}

/** The Validate button, its progress, and the one-line outcome that keyboard focus lands on. */
export function ValidateCard({ lastValidation, report, runs, busy, error, onValidate, summaryRef }: ValidateCardProps) {
  const summary = report?.summary;
  return (
    <Card title="Validate">
      {!report && (
        <p class="card-intro">
          {lastValidation
            ? `Last validated ${whenLabel(lastValidation.at)}: ${lastValidation.summary.text}`
            : "Check every sheet: cells, IDs, references, logic, consent, coverage and owners."}
        </p>
      )}
      <div class="stack stack--tight">
        <div class="actions">
          <Button variant="primary" busy={busy} busyLabel="Validating…" onClick={onValidate}>
            Validate
          </Button>
        </div>
        {busy && <Progress label="Checking cells, references, logic and consent…" />}
        {error && (
          <Banner kind="error" title="Validation did not run">
            <p>{error}</p>
          </Banner>
        )}
        {summary && (
          <div data-validation={runs}>
            <Banner
              kind={summary.errors > 0 ? "error" : "success"}
              title={summary.errors > 0 ? "Fix the errors below" : "No errors"}
              focusRef={summaryRef}
            >
              <p>{summary.text}</p>
              {summary.errors > 0 && <p>Select a finding to go to its cell. The cells also carry a note and a colour.</p>}
            </Banner>
          </div>
        )}
        {report && report.rowsLogged.length > 0 && <RowsLogged rows={report.rowsLogged} />}
      </div>
    </Card>
  );
}

const ROWS_SHOWN = 5;

/** Rows deleted or inserted since the last reading: no event tells of them, so Validate found and logged them. */
function RowsLogged({ rows }: { rows: ValidationReport["rowsLogged"] }) {
  const more = rows.length - ROWS_SHOWN;
  const deleted = rows.filter((row) => row.deleted).length;
  const counts = [
    deleted > 0 ? `${deleted} deleted row${deleted === 1 ? "" : "s"}` : "",
    rows.length > deleted ? `${rows.length - deleted} inserted` : "",
  ].filter(Boolean);
  return (
    <Banner kind="info" title={`Logged in the Change log: ${counts.join(", ")}`}>
      <ul class="banner-list">
        {rows.slice(0, ROWS_SHOWN).map((row) => (
          <li key={`${row.sheet}\u0000${row.rowKey}\u0000${row.deleted}`}>
            {row.deleted ? "Deleted" : "Inserted"} on {row.sheet}: {row.rowKey}
          </li>
        ))}
      </ul>
      {more > 0 && <p>… and {more} more: the Change log lists them all.</p>}
    </Banner>
  );
}
