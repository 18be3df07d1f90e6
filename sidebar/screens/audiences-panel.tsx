import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { Progress } from "../components/progress";
import { useAction } from "../state/use-action";
import { useFocusOn } from "../state/use-focus";
import { useSelectCell } from "../state/use-select-cell";
import { sampleLine } from "../view/preview";
import { DecisionTrees } from "./decision-trees";
import { FindingsCard } from "./findings-card";
import { OverlapHeatmap } from "./overlap-heatmap";
import { ProfileCounts } from "./profile-counts";
import { SampleProblems } from "./sample-problems";
import { SqlCard } from "./sql-card";
import { WarehouseCard } from "./warehouse-card";

/** Preview audiences on the Sample data sheet, and each profile's SQL for the warehouse. */
export function AudiencesPanel({
  call,
  sheetOrder,
  profileIds,
}: {
  call: Call;
  sheetOrder: readonly string[];
  profileIds: readonly string[];
}) {
  const preview = useAction(call, "previewAudiences");
  const cells = useSelectCell(call);
  const report = preview.value;
  const headingRef = useFocusOn<HTMLHeadingElement>(report);

  return (
    <>
      <Card title="Preview audiences">
        <p class="card-intro">
          Counts the people on the Sample data sheet (one person per row, a column per Attribute ID) in each profile and channel.
        </p>
        <div class="stack stack--tight">
          <div class="actions">
            <Button variant="primary" busy={preview.busy} busyLabel="Counting…" onClick={() => void preview.run(undefined)}>
              Preview audiences
            </Button>
          </div>
          {preview.busy && <Progress label="Reading the sample and evaluating every profile…" />}
          {preview.error && (
            <Banner kind="error" title="No preview">
              <p>{preview.error}</p>
            </Banner>
          )}
          {report && (
            <>
              <h3 class="group-title" tabIndex={-1} ref={headingRef}>
                {sampleLine(report)}
              </h3>
              {report.sampleNote && (
                <Banner kind="info">
                  <p>{report.sampleNote}</p>
                </Banner>
              )}
              {report.decayNote && <p class="muted">{report.decayNote}</p>}
              <SampleProblems report={report} />
            </>
          )}
        </div>
      </Card>
      {report && report.profiles.length > 0 && (
        <Card title="Audiences">
          <div class="stack">
            <ProfileCounts profiles={report.profiles} />
            <DecisionTrees channels={report.channels} />
            {report.overlap.profileIds.length > 1 && <OverlapHeatmap overlap={report.overlap} />}
          </div>
        </Card>
      )}
      {report && report.findings.length > 0 && (
        <FindingsCard title="Preview findings" findings={report.findings} sheetOrder={sheetOrder} cells={cells} />
      )}
      <SqlCard call={call} profileIds={profileIds} />
      <WarehouseCard call={call} />
    </>
  );
}
